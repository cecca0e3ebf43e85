package io.sable.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a class's {@code main} in a fresh JVM on this JVM's class path and collects the figures it
 * prints as {@code RESULT key=value} lines; everything else it prints is passed through.
 */
public final class ChildJvm {
  private static final String PREFIX = "RESULT ";

  private ChildJvm() {}

  /**
   * Runs {@code mainClass} with {@code jvmOptions} and {@code args}.
   *
   * @return its figures, in the order printed
   * @throws IllegalStateException if it exits with a non-zero status or runs over {@code timeoutMinutes}
   */
  public static Map<String, String> run(
      Class<?> mainClass, List<String> jvmOptions, List<String> args, int timeoutMinutes) {
    return run(mainClass, System.getProperty("java.class.path"), jvmOptions, args, timeoutMinutes);
  }

  /**
   * Runs {@code mainClass} on {@code classPath} (the same classes in another order, for class-data
   * sharing, which archives only what comes from jars before the first non-empty directory).
   *
   * @return its figures, in the order printed
   * @throws IllegalStateException if it exits with a non-zero status or runs over {@code timeoutMinutes}
   */
  public static Map<String, String> run(Class<?> mainClass, String classPath, List<String> jvmOptions,
      List<String> args, int timeoutMinutes) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classPath);
    command.add(mainClass.getName());
    command.addAll(args);
    Map<String, String> figures = new LinkedHashMap<>();
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          if (line.startsWith(PREFIX)) {
            String[] pair = line.substring(PREFIX.length()).split("=", 2);
            figures.put(pair[0], pair[1]);
          } else {
            System.out.println("  [" + mainClass.getSimpleName() + "] " + line);
          }
        }
      }
      if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException(mainClass.getSimpleName() + " ran over " + timeoutMinutes + " minutes");
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(mainClass.getSimpleName() + " exited with " + process.exitValue());
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot run " + mainClass.getSimpleName() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running " + mainClass.getSimpleName(), e);
    }
    return figures;
  }

  /** Prints a figure for the parent JVM to collect. */
  public static void result(String key, Object value) {
    System.out.println(PREFIX + key + "=" + value);
  }
}
