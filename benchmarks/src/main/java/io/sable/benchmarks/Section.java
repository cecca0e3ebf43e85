package io.sable.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One table of the results: a title, a sentence on what was measured and how, column headers and
 * rows of already formatted cells.
 */
public final class Section {
  private final String title;
  private final String description;
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  /** An empty section. */
  public Section(String title, String description, String... headers) {
    this.title = title;
    this.description = description;
    this.headers = List.of(headers);
  }

  /**
   * Adds a row.
   *
   * @throws IllegalArgumentException if it has not one cell per header
   */
  public Section row(String... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("Expected " + headers.size() + " cells: " + Arrays.toString(cells));
    }
    rows.add(List.of(cells));
    return this;
  }

  /** The title. */
  public String title() {
    return title;
  }

  /** The rows' first cells, in order: the figures this section reports. */
  public List<String> rowNames() {
    return rows.stream().map(row -> row.get(0)).toList();
  }

  /** The section as Markdown: a heading, the description and a table. */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("## ").append(title).append("\n\n").append(description).append("\n\n");
    out.append("| ").append(String.join(" | ", headers)).append(" |\n");
    out.append("|").append("---|".repeat(headers.size())).append("\n");
    for (List<String> row : rows) {
      out.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    return out.append("\n").toString();
  }

  /** {@code value} to three significant digits (at least), with thousands separators. */
  public static String number(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    double magnitude = Math.abs(value);
    String pattern = magnitude >= 100 ? "%,.0f" : magnitude >= 10 ? "%,.1f" : magnitude >= 1 ? "%,.2f" : "%,.3f";
    return String.format(Locale.ROOT, pattern, value);
  }

  /** A ratio such as {@code 57.3×}. */
  public static String ratio(double value) {
    return number(value) + "×";
  }
}
