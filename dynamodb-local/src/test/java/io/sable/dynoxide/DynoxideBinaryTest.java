package io.sable.dynoxide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where {@link DynoxideBinary} looks for dynoxide, and how it installs it (with a stand-in npm). */
class DynoxideBinaryTest {
  private static final Path IN_PREFIX = Path.of("node_modules", "@dynoxide", "linux-x64", "dynoxide");

  @TempDir Path dir;

  @Test
  void find_whenConfiguredPathIsExecutable_returnsIt() throws IOException {
    Path binary = executable(dir.resolve("my-dynoxide"), "#!/bin/sh\n");

    assertThat(new DynoxideBinary(binary.toString(), dir.resolve("cache"), "").find()).isEqualTo(binary);
  }

  @Test
  void find_whenConfiguredPathIsMissing_failsNamingThePropertyAndHowToInstall() {
    Path missing = dir.resolve("missing");

    assertThatThrownBy(() -> new DynoxideBinary(missing.toString(), dir.resolve("cache"), "").find())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sable.dynoxide / SABLE_DYNOXIDE names " + missing)
        .hasMessageContaining("npm install --prefix " + dir.resolve("cache") + " @dynoxide/linux-x64@1.2.1");
  }

  @Test
  void find_whenCachedAndNotConfigured_returnsTheCachedBinary() throws IOException {
    Path cache = dir.resolve("cache");
    Path cached = executable(cache.resolve(IN_PREFIX), "#!/bin/sh\n");

    assertThat(new DynoxideBinary(null, cache, "").find()).isEqualTo(cached);
  }

  @Test
  void find_whenNotCachedAndNoNpm_failsSayingHowToInstall() {
    Path cache = dir.resolve("cache");

    assertThatThrownBy(() -> new DynoxideBinary("", cache, dir.resolve("empty-bin").toString()).find())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("npm is not on the PATH")
        .hasMessageContaining("npm install --prefix " + cache + " @dynoxide/linux-x64@1.2.1")
        .hasMessageContaining("apt-get install nodejs npm");
  }

  @Test
  void find_whenNotCachedAndNpmOnPath_installsThePinnedPackageIntoTheCache() throws IOException {
    Path cache = dir.resolve("cache");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    // A stand-in npm that records its arguments and installs an executable where npm would.
    executable(
        bin.resolve("npm"),
        "#!/bin/sh\necho \"$@\" > \"" + dir.resolve("args") + "\"\n"
            + "mkdir -p \"$3/node_modules/@dynoxide/linux-x64\"\n"
            + "printf '#!/bin/sh\\n' > \"$3/node_modules/@dynoxide/linux-x64/dynoxide\"\n"
            + "chmod +x \"$3/node_modules/@dynoxide/linux-x64/dynoxide\"\n");

    Path found = new DynoxideBinary(null, cache, bin.toString()).find();

    assertThat(found).isEqualTo(cache.resolve(IN_PREFIX));
    assertThat(Files.readString(dir.resolve("args")).strip())
        .isEqualTo("install --prefix " + cache + " @dynoxide/linux-x64@1.2.1");
  }

  @Test
  void find_whenNpmFails_failsWithItsExitCodeAndOutput() throws IOException {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    executable(bin.resolve("npm"), "#!/bin/sh\necho 'npm ERR! network unreachable'\nexit 7\n");

    assertThatThrownBy(() -> new DynoxideBinary(null, dir.resolve("cache"), bin.toString()).find())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("failed with exit code 7: npm ERR! network unreachable")
        .hasMessageContaining("npm install --prefix");
  }

  private static Path executable(Path path, String script) throws IOException {
    Files.createDirectories(path.getParent());
    Files.writeString(path, script);
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
    return path;
  }
}
