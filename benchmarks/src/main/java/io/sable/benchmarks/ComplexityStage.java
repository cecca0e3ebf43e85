package io.sable.benchmarks;

import java.util.List;
import java.util.Map;

/** Runs {@link TableSizeBenchmark}: the engine's latency against table size and items returned. */
public final class ComplexityStage {
  private ComplexityStage() {}

  /** Runs it; records {@code complexity.<method>} (largest ÷ smallest table) in {@code targets}. */
  public static Section run(Settings settings, Targets targets) {
    String[] sizes = settings.tableSizes();
    List<Jmh.Score> scores = Jmh.run(TableSizeBenchmark.class, settings, Map.of("items", sizes));
    String[] headers = new String[sizes.length + 2];
    headers[0] = "call";
    for (int i = 0; i < sizes.length; i++) {
      headers[i + 1] = String.format("%,d items (µs)", Long.parseLong(sizes[i]));
    }
    headers[sizes.length + 1] = "largest ÷ smallest";
    Section section = new Section("Complexity: the engine as the table grows",
        "Microseconds per call (JMH average time) on the engine alone. Nine tenths of each table are"
            + " 10-item collections; the last tenth is one large collection (a tenth of the table). Flat"
            + " rows mean cost independent of table size; the two large-collection rows against"
            + " `Query, 10 items` show cost following items returned, not collection size.",
        headers);
    row(section, targets, scores, sizes, "GetItem", "getItem");
    row(section, targets, scores, sizes, "Query, 10 items (whole small collection)", "query10Items");
    row(section, targets, scores, sizes, "Query, 10 items of the large collection", "query10ItemsOfLargeCollection");
    row(section, targets, scores, sizes, "Query, 100 items of the large collection", "query100ItemsOfLargeCollection");
    return section;
  }

  private static void row(Section section, Targets targets, List<Jmh.Score> scores, String[] sizes,
      String name, String method) {
    String[] cells = new String[sizes.length + 2];
    cells[0] = name;
    double[] values = new double[sizes.length];
    for (int i = 0; i < sizes.length; i++) {
      values[i] = Jmh.find(scores, method, "items", sizes[i]).score();
      cells[i + 1] = Section.number(values[i]);
    }
    double growth = values[sizes.length - 1] / values[0];
    targets.record("complexity." + method, growth);
    cells[sizes.length + 1] = Section.ratio(growth);
    section.row(cells);
  }
}
