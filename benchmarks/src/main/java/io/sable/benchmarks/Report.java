package io.sable.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A run's results: the machine, the command, the goals and every section, written as Markdown.
 *
 * @param settings the run's settings
 * @param command the command line that produced it
 * @param sections the sections, in the order run
 * @param targets the goals, checked
 * @param elapsed how long the run took
 */
public record Report(
    Settings settings, String command, List<Section> sections, Targets targets, Duration elapsed) {

  /** Writes the report to {@code file}, replacing it. */
  public void write(Path file) {
    BenchmarksMain.writeFile(file, markdown());
  }

  /** The report as Markdown. */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("# Sable benchmarks: results\n\n");
    if (settings.smoke()) {
      out.append("**Smoke run: tiny sizes and iterations. These figures prove the harness runs; they mean"
          + " nothing.**\n\n");
    }
    out.append("Every comparison ran side by side in one run on one machine and is given as a ratio;"
        + " the raw figures are beside it. Written by `io.sable.benchmarks.BenchmarksMain`; do not edit by"
        + " hand.\n\n");
    out.append("- Command: `").append(command).append("`\n");
    out.append("- Date: ").append(LocalDate.now()).append("; the run took ")
        .append(elapsed.toMinutesPart() + elapsed.toHoursPart() * 60).append(" min ")
        .append(elapsed.toSecondsPart()).append(" s\n");
    out.append("- Machine: ").append(machine()).append("\n");
    out.append("- Load average at the end of the run (1, 5, 15 min; other work on the machine included): ")
        .append(loadAverage()).append("\n");
    out.append("- JMH 1.37: ").append(settings.forks()).append(" fork(s) per benchmark (heap 4 GB), ")
        .append(settings.warmupIterations()).append(" warm-up and ").append(settings.measurementIterations())
        .append(" measurement iterations of ").append(settings.iterationMillis()).append(" ms\n\n");
    for (Section section : List.of(targets.section())) {
      out.append(section.markdown());
    }
    for (Section section : sections) {
      out.append(section.markdown());
    }
    return out.toString();
  }

  /** Cores, memory, CPU model, OS and JDK of this machine. */
  static String machine() {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return String.format(Locale.ROOT, "%d cores (%s), %.1f GiB memory, %s %s, %s %s",
        Runtime.getRuntime().availableProcessors(), cpuModel(),
        os.getTotalMemorySize() / (double) (1L << 30),
        System.getProperty("os.name"), System.getProperty("os.version"),
        System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"));
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return fields[0] + ", " + fields[1] + ", " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).trim())
          .findFirst().orElse("unknown CPU");
    } catch (IOException | RuntimeException e) {
      return "unknown CPU";
    }
  }
}
