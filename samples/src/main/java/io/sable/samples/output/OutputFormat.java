package io.sable.samples.output;

/** What {@code --format} chooses. */
public enum OutputFormat {
  /** Aligned columns under a header, then a count line such as {@code 3 flights}. */
  table,
  /** A JSON array with one object per row; numbers as JSON numbers, absent values as {@code null}. */
  json,
  /** A header row, then one row per result (RFC 4180: fields quoted when needed). */
  csv
}
