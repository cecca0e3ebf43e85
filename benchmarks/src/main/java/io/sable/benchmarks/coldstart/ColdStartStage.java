package io.sable.benchmarks.coldstart;

import io.sable.benchmarks.Section;
import io.sable.benchmarks.Settings;
import io.sable.benchmarks.Targets;
import io.sable.engine.SableEngine;
import io.sable.engine.server.SableServer;
import java.util.EnumMap;
import java.util.Map;

/**
 * The cold-start stage (issue 18, item 5): a fresh JVM to its first in-process PutItem without and
 * with an AppCDS archive ({@link FreshJvmStartup}), and a fresh {@code serve} without and with the
 * archive {@code bin/serve} uses, against a fresh dynoxide: PutItem per second over the first
 * seconds after the process starts ({@link ColdLoad}). Records {@code coldStart.firstPutMillis} (JVM
 * start to the first PutItem, with the archive) and {@code coldStart.serveVsDynoxide} (serve with
 * the archive ÷ dynoxide, PutItem/s over the window).
 */
public final class ColdStartStage {
  private ColdStartStage() {}

  /** Runs the stage; {@code settings} gives the rounds and the window. */
  public static Section run(Settings settings, Targets targets) {
    int runs = settings.startupRuns();
    double window = settings.coldStartSeconds();
    String seconds = window == Math.rint(window) ? Long.toString((long) window) : Double.toString(window);
    Section section = new Section("Cold start: a fresh JVM, a fresh serve",
        "Fresh JVMs to the first PutItem on a new engine in process (StartupProbe: CreateTable then PutItem,"
            + " -Xmx1g), without and with an AppCDS archive trained by one run of the same probe;"
            + " and servers started fresh on loopback, the way bin/serve starts serve (java -jar"
            + " server/target/sable-server.jar serve, and with -XX:SharedArchiveFile=server/target/sable-server.jsa,"
            + " the archive the server's package step trains), against dynoxide 1.2.1 (native, in memory)."
            + " A warm client JVM (this one) polls CreateTable until the port answers, then sends PutItem"
            + " from " + ColdLoad.THREADS + " threads (AWS SDK v2, Apache HTTP client); PutItem/s counts the calls"
            + " finished within " + seconds + " s of the process's start, port wait included."
            + " Medians of " + runs + " interleaved rounds. Ratio: without ÷ with the archive (fresh JVM),"
            + " with the archive ÷ dynoxide (servers).",
        "figure", "without archive", "with AppCDS archive", "dynoxide", "ratio");
    FreshJvmStartup.Figures jvm = FreshJvmStartup.measure(runs);
    targets.record("coldStart.firstPutMillis", jvm.fromJvmStart()[1]);
    section.row("Fresh JVM to first PutItem in process, from main (ms)",
        Section.number(jvm.fromMain()[0]), Section.number(jvm.fromMain()[1]), "–",
        Section.ratio(jvm.fromMain()[0] / jvm.fromMain()[1]) + " faster");
    section.row("Fresh JVM to first PutItem in process, from JVM start (ms)",
        Section.number(jvm.fromJvmStart()[0]), Section.number(jvm.fromJvmStart()[1]), "–",
        Section.ratio(jvm.fromJvmStart()[0] / jvm.fromJvmStart()[1]) + " faster");

    Map<ColdServer, double[]> firstPut = new EnumMap<>(ColdServer.class);
    Map<ColdServer, double[]> rates = new EnumMap<>(ColdServer.class);
    try (SableEngine engine = SableEngine.create(); SableServer warm = SableServer.start(engine)) {
      ColdLoad.warm(warm.endpoint(), settings.smoke() ? 0.2 : 2);
    } catch (Exception e) {
      throw new IllegalStateException("warming the client failed: " + e.getMessage(), e);
    }
    for (ColdServer server : ColdServer.values()) {
      firstPut.put(server, new double[runs]);
      rates.put(server, new double[runs]);
    }
    for (int i = 0; i < runs; i++) {
      for (ColdServer server : ColdServer.values()) {
        double[] trial = trial(server, window);
        firstPut.get(server)[i] = trial[0];
        rates.get(server)[i] = trial[1];
      }
    }
    double[] first = medians(firstPut);
    double[] rate = medians(rates);
    targets.record("coldStart.serveVsDynoxide", rate[1] / rate[2]);
    section.row("Fresh server: first PutItem answered, from process start (ms)",
        Section.number(first[0]), Section.number(first[1]), Section.number(first[2]),
        Section.ratio(first[1] / first[2]) + " dynoxide's time");
    section.row("Fresh server: PutItem/s over the first " + seconds + " s from process start",
        Section.number(rate[0]), Section.number(rate[1]), Section.number(rate[2]),
        Section.ratio(rate[1] / rate[2]) + " dynoxide's rate");
    return section;
  }

  private static double[] trial(ColdServer server, double window) {
    if (server.command(0) == null) {
      return new double[] {Double.NaN, Double.NaN};
    }
    try {
      ColdLoad.Trial trial = ColdLoad.run(server, window);
      return new double[] {trial.firstPutMillis(), trial.putsPerSecond()};
    } catch (Exception e) {
      throw new IllegalStateException(server.label + " cold start failed: " + e.getMessage(), e);
    }
  }

  private static double[] medians(Map<ColdServer, double[]> values) {
    double[] medians = new double[ColdServer.values().length];
    for (ColdServer server : ColdServer.values()) {
      medians[server.ordinal()] = FreshJvmStartup.median(values.get(server));
    }
    return medians;
  }
}
