package io.sable.dynoxide;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds the dynoxide executable, installing it from npm into Sable's cache when it is missing.
 *
 * <p>In order: the system property {@value #PROPERTY} or the environment variable {@value #ENV}
 * (a path to the executable; if set, it must exist); then {@code
 * ~/.cache/sable/dynoxide/node_modules/@dynoxide/linux-x64/dynoxide}; then, if {@code npm} is on
 * the {@code PATH}, {@code npm install --prefix ~/.cache/sable/dynoxide @dynoxide/linux-x64@1.2.1}
 * and the cache again.
 *
 * <pre>{@code
 * Path dynoxide = DynoxideBinary.locate();
 * }</pre>
 */
public final class DynoxideBinary {

  /** The system property naming the executable. */
  public static final String PROPERTY = "sable.dynoxide";

  /** The environment variable naming the executable, read when the property is not set. */
  public static final String ENV = "SABLE_DYNOXIDE";

  /** The npm package, pinned: its binary is built for Linux on x86-64. */
  public static final String PACKAGE = "@dynoxide/linux-x64@1.2.1";

  private static final Path IN_PREFIX = Path.of("node_modules", "@dynoxide", "linux-x64", "dynoxide");
  private static final long INSTALL_TIMEOUT_SECONDS = 300;

  private final String configured;
  private final Path cache;
  private final String path;

  DynoxideBinary(String configured, Path cache, String path) {
    this.configured = configured;
    this.cache = cache;
    this.path = path;
  }

  /**
   * The dynoxide executable, from the property, the environment, the cache, or a fresh npm install
   * into the cache.
   *
   * @return the path to an executable file
   * @throws IllegalStateException if the configured path is not an executable file, or dynoxide
   *     is not in the cache and npm is missing or fails; the message says how to install it
   */
  public static Path locate() {
    String configured = System.getProperty(PROPERTY);
    if (configured == null || configured.isBlank()) {
      configured = System.getenv(ENV);
    }
    return new DynoxideBinary(configured, defaultCache(), System.getenv("PATH")).find();
  }

  /** {@code ~/.cache/sable/dynoxide}: the npm prefix dynoxide is installed under. */
  public static Path defaultCache() {
    return Path.of(System.getProperty("user.home"), ".cache", "sable", "dynoxide");
  }

  Path find() {
    if (configured != null && !configured.isBlank()) {
      Path binary = Path.of(configured);
      if (!Files.isRegularFile(binary) || !Files.isExecutable(binary)) {
        throw new IllegalStateException(
            PROPERTY + " / " + ENV + " names " + binary + ", which is not an executable file. "
                + howToInstall());
      }
      return binary;
    }
    Path cached = cache.resolve(IN_PREFIX);
    if (Files.isExecutable(cached)) {
      return cached;
    }
    Path npm =
        npm().orElseThrow(() -> new IllegalStateException("dynoxide is not installed at " + cached
            + " and npm is not on the PATH. " + howToInstall()));
    install(npm);
    if (!Files.isExecutable(cached)) {
      throw new IllegalStateException(
          "npm installed " + PACKAGE + " but " + cached + " is not there. " + howToInstall());
    }
    return cached;
  }

  private void install(Path npm) {
    List<String> command = List.of(npm.toString(), "install", "--prefix", cache.toString(), PACKAGE);
    try {
      Files.createDirectories(cache);
      Path log = Files.createTempFile("sable-dynoxide-npm", ".log");
      try {
        Process process =
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(INSTALL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new IllegalStateException(String.join(" ", command) + " did not finish in "
              + INSTALL_TIMEOUT_SECONDS + " s. " + howToInstall());
        }
        if (process.exitValue() != 0) {
          throw new IllegalStateException(String.join(" ", command) + " failed with exit code "
              + process.exitValue() + ": " + Files.readString(log).strip() + ". " + howToInstall());
        }
      } finally {
        Files.deleteIfExists(log);
      }
    } catch (IOException e) {
      throw new IllegalStateException(String.join(" ", command) + " could not run: " + e.getMessage()
          + ". " + howToInstall(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while installing dynoxide", e);
    }
  }

  private Optional<Path> npm() {
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty()) {
        Path candidate = Path.of(dir, "npm");
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  private String howToInstall() {
    return "Install it with `npm install --prefix " + cache + " " + PACKAGE + "` (Node.js and npm"
        + " from your package manager, e.g. `apt-get install nodejs npm`), or point " + PROPERTY
        + " (system property) or " + ENV + " (environment variable) at a dynoxide executable.";
  }
}
