package io.sable.benchmarks.scale;

import io.sable.samples.flights.model.Flight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code flights-3m.parquet} of the npm package vega-datasets 3.2.1 (U.S. Bureau of Transportation
 * Statistics flights, January to June 2001; columns {@code date} TIMESTAMP, {@code delay} and
 * {@code distance} BIGINT, {@code origin} and {@code destination} VARCHAR): fetched with {@code
 * npm pack} into a cache directory, never committed, and read with DuckDB's JDBC driver.
 */
public final class FlightsParquet {
  /** The package that ships the file. */
  public static final String PACKAGE = "vega-datasets@3.2.1";

  /** The file's path inside the package's tarball. */
  public static final String ENTRY = "package/data/flights-3m.parquet";

  private FlightsParquet() {}

  /**
   * The cached file under {@code cacheDir}, fetched first if missing ({@code npm pack}, then
   * {@code tar}; about 17 MB).
   *
   * @throws IllegalStateException if npm or tar fails
   */
  public static Path fetch(Path cacheDir) {
    Path dir = cacheDir.resolve("vega-datasets-3.2.1");
    Path file = dir.resolve("flights-3m.parquet");
    if (Files.isRegularFile(file)) {
      return file;
    }
    try {
      Files.createDirectories(dir);
      exec(dir, "npm", "pack", PACKAGE, "--silent");
      Path tarball = dir.resolve("vega-datasets-3.2.1.tgz");
      exec(dir, "tar", "-xzf", tarball.toString(), ENTRY);
      Files.move(dir.resolve(ENTRY), file, StandardCopyOption.REPLACE_EXISTING);
      Files.delete(tarball);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot fetch " + PACKAGE + " into " + dir, e);
    }
  }

  /**
   * Writes a file of {@code rows} made-up flights with the same columns, for the smoke run (no
   * download).
   */
  public static Path writeSample(Path file, int rows) {
    try {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    sql("COPY (SELECT TIMESTAMP '2001-01-01 00:00:00' + to_minutes(i % 250000) AS date,"
        + " (i % 200) - 20 AS delay, 100 + i % 2400 AS distance,"
        + " ['ORD', 'DFW', 'ATL', 'SEA', 'LAX'][1 + i % 5] AS origin,"
        + " ['PHX', 'DEN', 'SFO'][1 + i % 3] AS destination"
        + " FROM range(" + rows + ") t(i)) TO " + quote(file) + " (FORMAT parquet)", null);
    return file;
  }

  /**
   * Reads the first {@code limit} flights in file order into memory, each with its 0-based row
   * number as {@code id}; airport codes are shared.
   *
   * @throws IllegalStateException if DuckDB fails
   */
  public static Columns read(Path file, int limit) {
    // Seconds since the epoch as a BIGINT: the JDBC driver's getTimestamp is far slower.
    String query = "SELECT epoch(date)::BIGINT, delay, distance, origin, destination FROM read_parquet("
        + quote(file) + ") LIMIT " + limit;
    Columns columns = new Columns(limit);
    Map<String, String> codes = new HashMap<>();
    sql(query, rows -> {
      while (rows.next()) {
        columns.add(rows.getLong(1), Math.toIntExact(rows.getLong(2)), Math.toIntExact(rows.getLong(3)),
            codes.computeIfAbsent(rows.getString(4), code -> code),
            codes.computeIfAbsent(rows.getString(5), code -> code));
      }
    });
    return columns;
  }

  /** Flights held column by column (about 24 bytes each), turned into {@link Flight}s on demand. */
  public static final class Columns {
    private final long[] departures;
    private final int[] delays;
    private final int[] distances;
    private final String[] origins;
    private final String[] destinations;
    private int size;

    Columns(int capacity) {
      departures = new long[capacity];
      delays = new int[capacity];
      distances = new int[capacity];
      origins = new String[capacity];
      destinations = new String[capacity];
    }

    void add(long departure, int delay, int distance, String origin, String destination) {
      departures[size] = departure;
      delays[size] = delay;
      distances[size] = distance;
      origins[size] = origin;
      destinations[size] = destination;
      size++;
    }

    /** How many flights were read. */
    public int size() {
      return size;
    }

    /** Flight {@code i}, with {@code i} as its id. */
    public Flight flight(int i) {
      return new Flight(origins[i], LocalDateTime.ofEpochSecond(departures[i], 0, ZoneOffset.UTC), i,
          destinations[i], delays[i], distances[i]);
    }

    /** Flights {@code from} (inclusive) to {@code to} (exclusive). */
    public List<Flight> flights(int from, int to) {
      List<Flight> flights = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        flights.add(flight(i));
      }
      return flights;
    }
  }

  private interface Rows {
    void accept(ResultSet rows) throws SQLException;
  }

  private static void sql(String sql, Rows rows) {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      if (rows == null) {
        statement.execute(sql);
      } else {
        try (ResultSet resultSet = statement.executeQuery(sql)) {
          rows.accept(resultSet);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB failed on: " + sql + ": " + e.getMessage(), e);
    }
  }

  private static String quote(Path file) {
    return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
  }

  private static void exec(Path dir, String... command) throws IOException {
    try {
      Process process = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
      if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + " failed in " + dir);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted: " + String.join(" ", command), e);
    }
  }
}
