package io.sable.samples.store;

import io.sable.engine.SableEngine;
import io.sable.engine.storage.CorruptDataException;
import io.sable.engine.storage.Durability;
import io.sable.samples.SampleError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One sample's data directory: the embedded engine's durable storage plus {@value #MARKER}, which
 * names the sample and the data set loaded into it ({@code sample=flights}, {@code data=...},
 * {@code state=loading|ready}).
 *
 * <p>A directory that is missing or empty is {@link State#EMPTY}; one whose marker names this
 * sample and data set, fully loaded, is {@link State#READY}; one whose marker names another data
 * set or an interrupted load is {@link State#STALE} (the caller reloads it). A non-empty directory
 * without this sample's marker is refused with a {@link SampleError}: it is never cleared.
 */
public final class SampleDataDirectory {

  /** The marker file's name. */
  public static final String MARKER = "sable-sample.properties";

  /** The system property that moves every sample's default data directory (tests use it). */
  public static final String ROOT_PROPERTY = "sable.samples.data-root";

  /** What the marker says. */
  public enum State {
    /** Nothing there yet: load. */
    EMPTY,
    /** This sample's data set, fully loaded: use it. */
    READY,
    /** This sample's directory, but another data set or an interrupted load: reload. */
    STALE
  }

  private final Path path;
  private final String sample;
  private final String dataSet;

  /**
   * @param path the directory (created on first use)
   * @param sample the sample's name, such as {@code flights}
   * @param dataSet what a load writes, in words, such as {@code flights-20k.json and airports.csv
   *     in table Flights}: a directory loaded with anything else is reloaded
   */
  public SampleDataDirectory(Path path, String sample, String dataSet) {
    this.path = path;
    this.sample = sample;
    this.dataSet = dataSet;
  }

  /**
   * The default data directory of {@code sample}: {@code $XDG_CACHE_HOME/sable/samples/<sample>},
   * that is {@code ~/.cache/sable/samples/<sample>} unless set, or {@code <root>/<sample>} when the
   * system property {@value #ROOT_PROPERTY} names a root.
   */
  public static Path defaultPath(String sample) {
    String root = System.getProperty(ROOT_PROPERTY);
    if (root != null && !root.isBlank()) {
      return Path.of(root, sample);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return cache.resolve("sable").resolve("samples").resolve(sample);
  }

  /** The directory. */
  public Path path() {
    return path;
  }

  /**
   * What the directory holds.
   *
   * @throws SampleError if it is not empty and holds no marker of this sample
   */
  public State state() {
    if (isEmpty()) {
      return State.EMPTY;
    }
    Properties marker = marker().orElseThrow(() -> foreign("it has no " + MARKER));
    if (!sample.equals(marker.getProperty("sample"))) {
      throw foreign("its " + MARKER + " names the sample '" + marker.getProperty("sample") + "'");
    }
    return dataSet.equals(marker.getProperty("data")) && "ready".equals(marker.getProperty("state"))
        ? State.READY
        : State.STALE;
  }

  /** Why a {@link State#STALE} directory is reloaded, for a note. */
  public String staleReason() {
    Properties marker = marker().orElseGet(Properties::new);
    if (!dataSet.equals(marker.getProperty("data"))) {
      return "it holds " + marker.getProperty("data", "another data set") + ", not " + dataSet;
    }
    return "its last load did not finish";
  }

  /**
   * Opens the embedded engine on the directory, locking it. Writes reach the disk within 100 ms and
   * at close (the sample data can always be loaded again). When the engine cannot read what this
   * sample's directory holds (written by another version of Sable, say), its files are deleted and
   * the engine starts empty, with a note on {@code notes}: the caller then loads it.
   *
   * @return the engine, and whether it was started empty that way
   * @throws SampleError if another engine holds the directory, or a directory without this sample's
   *     marker cannot be read
   */
  public Opened open(Consumer<String> notes) {
    try {
      return new Opened(build(), false);
    } catch (CorruptDataException | UncheckedIOException e) {
      if (marker().isEmpty()) {
        throw new SampleError("cannot read the data directory " + path + " (" + e.getMessage()
            + "); choose another --data-dir");
      }
      notes.accept("reloading " + path + ": the engine cannot read it (" + e.getMessage() + ")");
      clear();
      return new Opened(build(), true);
    }
  }

  /**
   * An engine open on the directory.
   *
   * @param engine the engine
   * @param cleared whether the directory's unreadable files were deleted first, so it is empty
   */
  public record Opened(SableEngine engine, boolean cleared) {}

  private SableEngine build() {
    try {
      return SableEngine.builder().dataDirectory(path).durability(Durability.periodic(Duration.ofMillis(100))).build();
    } catch (IllegalStateException e) {
      if (String.valueOf(e.getMessage()).contains("in use")) {
        throw new SampleError("the data directory " + path + " is in use by another run of the " + sample
            + " sample (or a server); wait for it to finish, or choose another --data-dir");
      }
      throw e;
    }
  }

  /** Records that a load has begun: until {@link #markReady}, the directory is {@link State#STALE}. */
  public void markLoading() {
    writeMarker("loading");
  }

  /** Records that the data set is fully loaded. */
  public void markReady() {
    writeMarker("ready");
  }

  private void writeMarker(String state) {
    Properties marker = new Properties();
    marker.setProperty("sample", sample);
    marker.setProperty("data", dataSet);
    marker.setProperty("state", state);
    try {
      Files.createDirectories(path);
      Path temporary = path.resolve(MARKER + ".tmp");
      try (OutputStream out = Files.newOutputStream(temporary)) {
        marker.store(out, "Sable's " + sample + " sample: its embedded engine's data (bin/" + sample + " --fresh reloads)");
      }
      Files.move(temporary, path.resolve(MARKER), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path.resolve(MARKER), e);
    }
  }

  private Optional<Properties> marker() {
    Path file = path.resolve(MARKER);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties marker = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      marker.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return Optional.of(marker);
  }

  private boolean isEmpty() {
    if (!Files.exists(path)) {
      return true;
    }
    if (!Files.isDirectory(path)) {
      throw new SampleError(path + " is a file, not a directory; choose another --data-dir");
    }
    try (Stream<Path> entries = Files.list(path)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + path, e);
    }
  }

  /** Deletes everything in this sample's directory (the caller checked its marker). */
  private void clear() {
    try (Stream<Path> entries = Files.walk(path)) {
      for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
        if (!entry.equals(path)) {
          Files.delete(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + path, e);
    }
  }

  private SampleError foreign(String why) {
    return new SampleError(path + " is not the " + sample + " sample's data directory (" + why + "), so it is left "
        + "alone; choose another --data-dir, or empty it");
  }
}
