package io.sable.benchmarks.scale;

import io.sable.benchmarks.ChildJvm;
import io.sable.benchmarks.Section;
import io.sable.benchmarks.Settings;
import io.sable.benchmarks.Targets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link ScaleProbe} in a JVM with a 3 GB heap on {@code flights-3m.parquet} (or, when
 * smoking, on a small generated file) and reports load rate, heap per item and latency at size.
 */
public final class ScaleStage {
  /**
   * The probe's heap: room to measure what the table holds even when it is over the goal's 3 GB
   * (the goal is checked against the heap held after full GCs, not against {@code -Xmx}).
   */
  public static final String HEAP = "-Xmx8g";

  private ScaleStage() {}

  /**
   * Runs the load; records {@code scale.itemsPerSecond} and {@code scale.heapGigabytes}.
   *
   * @return the load section and the latency section
   */
  public static List<Section> run(Settings settings, Targets targets) {
    Path file = settings.smoke()
        ? FlightsParquet.writeSample(settings.cacheDir().resolve("flights-smoke.parquet"), settings.scaleFlights())
        : FlightsParquet.fetch(settings.cacheDir());
    Map<String, String> r = ChildJvm.run(ScaleProbe.class, List.of(HEAP, "-Xms1g"),
        List.of(file.toString(), Integer.toString(settings.scaleFlights()),
            Integer.toString(settings.latencyCalls())), 20);
    double rate = d(r, "itemsPerSecond");
    double heap = d(r, "heapBytes");
    targets.record("scale.itemsPerSecond", rate);
    targets.record("scale.heapGigabytes", heap / 1e9);
    targets.record("scale.heapPerRawItem", d(r, "heapBytesPerItem") / d(r, "rawItemBytes"));
    Section load = new Section("Scale: " + String.format("%,d", (long) d(r, "flights")) + " flights in one engine",
        "The flights of `" + file.getFileName() + "` (vega-datasets 3.2.1) read into memory with DuckDB's JDBC"
            + " driver, then turned into the sample's `Flight` records and written through the generated"
            + " `FlightRepository.putAll` (BatchWriteItem of 25; one writer thread per core, tasks of 1,000) into"
            + " a fresh engine; the load rate counts that second step. Each flight is one item with its table"
            + " key, GSI1 keys and, when delayed an hour or more, GSI2 keys. Heap held = heap used after full"
            + " GCs, after the load minus before it, in a JVM started with `" + HEAP + "`.",
        "figure", "value");
    load.row("flights loaded (items in the table)", String.format("%,d (%,d)", (long) d(r, "flights"), (long) d(r, "items")));
    load.row("load time (s)", Section.number(d(r, "loadSeconds")));
    load.row("load rate (items/s)", Section.number(rate));
    load.row("Parquet read into memory, before the load (rows/s)", Section.number(d(r, "readRowsPerSecond")));
    load.row("heap held by the table (GB)", Section.number(heap / 1e9));
    load.row("heap per item (bytes)", Section.number(d(r, "heapBytesPerItem")));
    load.row("raw item size, DynamoDB's item size rules (bytes, mean)", Section.number(d(r, "rawItemBytes")));
    load.row("heap per item ÷ raw item size", Section.ratio(d(r, "heapBytesPerItem") / d(r, "rawItemBytes")));
    load.row("max heap of the JVM (GB)", Section.number(d(r, "maxHeapBytes") / 1e9));

    Section latency = new Section("Scale: latency at " + String.format("%,d", (long) d(r, "flights"))
            + " flights against 20,000",
        "Median of 20 rounds of mean microseconds per call, through the generated repository (request"
            + " building and decoding included), on the sample's 20,000-flight table and on the large one."
            + " Ratio = large ÷ 20k (1 is flat).",
        "call", "items returned", "20k flights (µs)", "large table (µs)", "ratio");
    latencyRow(latency, r, "GetItem of a flight", "getItem");
    latencyRow(latency, r, "Query, departures from ORD, Limit 50", "queryDepartures50");
    latencyRow(latency, r, "Query on GSI2, delayed from ORD, descending, Limit 50", "queryDelayedIndex50");
    return List.of(load, latency);
  }

  private static void latencyRow(Section section, Map<String, String> r, String name, String key) {
    double small = d(r, "small." + key + ".micros");
    double large = d(r, "large." + key + ".micros");
    section.row(name, r.get("small." + key + ".items") + " / " + r.get("large." + key + ".items"),
        Section.number(small), Section.number(large), Section.ratio(large / small));
  }

  private static double d(Map<String, String> figures, String key) {
    String value = figures.get(key);
    if (value == null) {
      throw new IllegalStateException("ScaleProbe reported no " + key);
    }
    return Double.parseDouble(value);
  }
}
