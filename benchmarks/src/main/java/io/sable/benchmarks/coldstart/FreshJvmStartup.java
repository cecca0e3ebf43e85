package io.sable.benchmarks.coldstart;

import io.sable.benchmarks.ChildJvm;
import io.sable.benchmarks.StartupProbe;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A fresh JVM to its first in-process PutItem on the engine ({@link StartupProbe}), without and with
 * an AppCDS archive of the classes the probe loads. The archive comes from one training run of the
 * probe itself ({@code -XX:ArchiveClassesAtExit}), as a user would build one for an application;
 * then the two kinds of JVM run interleaved (without, with, without, ...) so that both see the same
 * machine load.
 */
final class FreshJvmStartup {
  /** JVM options of every run: the probe's heap, and silence about archives that do not apply. */
  private static final List<String> OPTIONS = List.of("-Xmx1g", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");

  /**
   * The medians, in milliseconds.
   *
   * @param fromMain from {@code main} to the end of the first PutItem, without and with the archive
   * @param fromJvmStart from the JVM's start (its uptime) to the same point, without and with it
   */
  record Figures(double[] fromMain, double[] fromJvmStart) {}

  private FreshJvmStartup() {}

  /** Trains the archive (in a temporary directory, deleted after), then runs {@code runs} probes of each kind. */
  static Figures measure(int runs) {
    Path dir;
    try {
      dir = Files.createTempDirectory("sable-coldstart");
    } catch (IOException e) {
      throw new IllegalStateException("Cannot create a temporary directory: " + e, e);
    }
    Path archive = dir.resolve("startup-probe.jsa");
    try {
      return measure(archive, runs);
    } finally {
      try {
        Files.deleteIfExists(archive);
        Files.deleteIfExists(dir.resolve("classes.jar"));
        Files.deleteIfExists(dir);
      } catch (IOException e) {
        // A temporary file.
      }
    }
  }

  private static Figures measure(Path archive, int runs) {
    String classPath = jarsOnly(System.getProperty("java.class.path"), archive.getParent());
    probe(classPath, List.of("-XX:ArchiveClassesAtExit=" + archive));
    List<String> shared = List.of("-XX:SharedArchiveFile=" + archive);
    double[][] fromMain = new double[2][runs];
    double[][] fromStart = new double[2][runs];
    for (int i = 0; i < runs; i++) {
      for (int kind = 0; kind < 2; kind++) {
        Map<String, String> figures = probe(classPath, kind == 0 ? List.of() : shared);
        fromMain[kind][i] = Long.parseLong(figures.get("nanos")) / 1e6;
        fromStart[kind][i] = Long.parseLong(figures.get("uptimeMillis"));
      }
    }
    return new Figures(new double[] {median(fromMain[0]), median(fromMain[1])},
        new double[] {median(fromStart[0]), median(fromStart[1])});
  }

  private static Map<String, String> probe(String classPath, List<String> options) {
    List<String> all = new ArrayList<>(OPTIONS);
    all.addAll(options);
    return ChildJvm.run(StartupProbe.class, classPath, all, List.of("engine"), 5);
  }

  /**
   * {@code classPath} as jars only, for the engine's probe: its directories packed into one jar
   * ({@code classes.jar} in {@code dir}), since a JVM archives only classes from jars and refuses an
   * archive whose class path holds a non-empty directory before a jar it archived from; without
   * DynamoDB Local's jar (whose manifest adds the directory it lies in) and its native libraries
   * (files that the archive does not record, so that they would not match), which the engine's
   * probe does not use.
   */
  static String jarsOnly(String classPath, Path dir) {
    List<String> jars = new ArrayList<>();
    List<Path> directories = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        Path path = Path.of(entry);
        String name = path.getFileName().toString();
        if (Files.isDirectory(path)) {
          directories.add(path);
        } else if (name.endsWith(".jar") && !name.startsWith("DynamoDBLocal")) {
          jars.add(entry);
        }
      }
    }
    if (!directories.isEmpty()) {
      Path jar = dir.resolve("classes.jar");
      Set<String> written = new HashSet<>();
      try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
        for (Path directory : directories) {
          try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
              String name = directory.relativize(file).toString().replace(File.separatorChar, '/');
              if (written.add(name)) {
                out.putNextEntry(new JarEntry(name));
                Files.copy(file, out);
                out.closeEntry();
              }
            }
          }
        }
      } catch (IOException e) {
        throw new IllegalStateException("Cannot write " + jar + ": " + e, e);
      }
      jars.add(0, jar.toString());
    }
    return String.join(File.pathSeparator, jars);
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
