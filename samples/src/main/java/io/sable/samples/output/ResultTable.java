package io.sable.samples.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Results of one kind as rows under named columns, printed in an {@link OutputFormat}.
 *
 * <pre>{@code
 * ResultTable.of("flight", "flights", "departure", "origin", "delay")
 *     .rows(flights, f -> List.of(f.departure(), f.origin(), f.delay()))
 *     .print(out, OutputFormat.table);
 * }</pre>
 *
 * <p>In a table, numbers are right-aligned and everything else left-aligned, columns two spaces
 * apart, and the last line counts the rows: {@code 1 flight}, {@code 0 flights}. Values print by
 * {@code toString()}; {@link BigDecimal}s in plain notation; {@code null} as empty (a table, CSV) or
 * {@code null} (JSON).
 */
public final class ResultTable {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  private static final CsvMapper CSV = new CsvMapper();

  private final String singular;
  private final String plural;
  private final List<String> columns;
  private final List<List<Object>> rows = new ArrayList<>();

  private ResultTable(String singular, String plural, List<String> columns) {
    this.singular = singular;
    this.plural = plural;
    this.columns = columns;
  }

  /**
   * An empty table.
   *
   * @param singular what one row is, for the count ({@code flight})
   * @param plural what several are ({@code flights})
   * @param columns the column names, also the JSON keys and the CSV header
   */
  public static ResultTable of(String singular, String plural, String... columns) {
    return new ResultTable(singular, plural, List.of(columns));
  }

  /** Adds one row per result, its values in column order. */
  public <T> ResultTable rows(List<T> results, Function<T, List<?>> values) {
    results.forEach(result -> row(values.apply(result).toArray()));
    return this;
  }

  /**
   * Adds one row.
   *
   * @throws IllegalArgumentException if it has not one value per column
   */
  public ResultTable row(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(values.length + " values for the " + columns.size() + " columns " + columns);
    }
    rows.add(Arrays.asList(values));
    return this;
  }

  /** How many rows. */
  public int size() {
    return rows.size();
  }

  /** {@code 1 flight}, {@code 2 flights}, {@code 0 flights}. */
  public String count() {
    return count(rows.size(), singular, plural);
  }

  /** {@code n} and the noun, singular for exactly one. */
  public static String count(long n, String singular, String plural) {
    return String.format("%,d %s", n, n == 1 ? singular : plural);
  }

  /** Prints the rows in {@code format} and flushes. */
  public void print(PrintWriter out, OutputFormat format) {
    switch (format) {
      case table -> printTable(out);
      case json -> printJson(out);
      case csv -> printCsv(out);
    }
    out.flush();
  }

  /** The rows in {@code format}, as {@link #print} prints them. */
  public String render(OutputFormat format) {
    StringWriter text = new StringWriter();
    print(new PrintWriter(text), format);
    return text.toString();
  }

  private void printTable(PrintWriter out) {
    if (!rows.isEmpty()) {
      int[] widths = new int[columns.size()];
      boolean[] numeric = new boolean[columns.size()];
      for (int c = 0; c < columns.size(); c++) {
        widths[c] = columns.get(c).length();
        numeric[c] = true;
        for (List<Object> row : rows) {
          widths[c] = Math.max(widths[c], text(row.get(c)).length());
          numeric[c] &= row.get(c) == null || row.get(c) instanceof Number;
        }
      }
      out.println(line(columns, widths, numeric));
      rows.forEach(row -> out.println(line(row, widths, numeric)));
    }
    out.println(count());
  }

  private static String line(List<?> values, int[] widths, boolean[] numeric) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < values.size(); c++) {
      String value = text(values.get(c));
      String padding = " ".repeat(widths[c] - value.length());
      if (c > 0) {
        line.append("  ");
      }
      line.append(numeric[c] ? padding + value : value + (c == values.size() - 1 ? "" : padding));
    }
    return line.toString();
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
  }

  private void printJson(PrintWriter out) {
    List<Map<String, Object>> objects = new ArrayList<>();
    for (List<Object> row : rows) {
      Map<String, Object> object = new LinkedHashMap<>();
      for (int c = 0; c < columns.size(); c++) {
        Object value = row.get(c);
        object.put(columns.get(c), value == null || value instanceof Number || value instanceof Boolean
            ? value : text(value));
      }
      objects.add(object);
    }
    try {
      JSON.writeValue(out, objects);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }

  private void printCsv(PrintWriter out) {
    if (rows.isEmpty()) {
      out.println(String.join(",", columns));
      return;
    }
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    columns.forEach(schema::addColumn);
    List<List<String>> texts = rows.stream().map(row -> row.stream().map(ResultTable::text).toList()).toList();
    try {
      out.print(CSV.writer(schema.build()).writeValueAsString(texts));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
