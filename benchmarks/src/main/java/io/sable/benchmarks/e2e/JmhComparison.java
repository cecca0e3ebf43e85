package io.sable.benchmarks.e2e;

import io.sable.benchmarks.Backend;
import io.sable.benchmarks.Section;
import io.sable.benchmarks.Targets;
import java.util.ArrayList;
import java.util.List;

/**
 * The in-process JMH figures against the end-to-end ones, operation by operation and backend by
 * backend, each disagreement of more than {@value #LIMIT}× flagged and explained: the two measure
 * different requests on different tables, and what each leaves out is listed in the section.
 */
final class JmhComparison {
  /** The factor past which the two figures are said to disagree. */
  static final double LIMIT = 2;

  private static final String[] NAMES = {"PutItem", "GetItem", "Query, 200 items"};
  private static final String[] METHODS = {"putItem", "getItem", "query200Items"};
  /** Per operation, the differences below that bear on it most. */
  private static final String[] CAUSES = {
      "JMH's PutItem also writes a GSI entry of a larger item (1); the end-to-end one inserts into a growing"
          + " table (3)",
      "the end-to-end GetItem reads 20,000 items where JMH's goes round 1,000 (3)",
      "JMH's Query reuses one request (2); the end-to-end Query builds its request at the call, and its code"
          + " is compiled for a mix of operations (4)"};

  /** Why the two stages measure different things; stays true whatever the figures. */
  static final String DIFFERENCES = "The two stages measure different things, and each difference moves the"
      + " figures: (1) requests and tables: JMH's table `bench` has a GSI (projection ALL) and items of about"
      + " 120 bytes in 8 attributes (a string set among them), so its PutItem also writes an index entry; the"
      + " end-to-end table has no index and 3-attribute items of about 40 bytes; (2) request building: JMH's"
      + " Query sends one `QueryRequest` built once, while its PutItem and GetItem, like every end-to-end"
      + " call, build the request, its item or key map and its `AttributeValue`s at the call, as users do, so"
      + " the SDK builders' cost is in those figures (a large share of a 2 µs engine call), but JMH's Query"
      + " figure leaves it out; (3) working set: JMH's single-item calls go round"
      + " a table of 1,000 items that stays in the CPU caches and replace existing items, while each"
      + " end-to-end round inserts 20,000 new items into an empty table and reads them back, so the engine's"
      + " maps grow and miss the caches; (4) JIT and GC: each JMH benchmark runs alone in a JVM of its own"
      + " after its warm-up iterations, so the JIT compiles for one operation; the end-to-end JVM runs every"
      + " operation on both backends, so shared code (the SDK's model and builders, the engine's request"
      + " path) is compiled for the mix, and a round's time includes its GC pauses (given per round above).";

  private JmhComparison() {}

  /** The comparison, from the figures the in-process and end-to-end stages recorded in {@code targets}. */
  static Section section(Targets targets) {
    List<String[]> rows = new ArrayList<>();
    List<String> flagged = new ArrayList<>();
    boolean jmh = false;
    for (Backend backend : Backend.values()) {
      for (int op = 0; op < METHODS.length; op++) {
        double inJmh = targets.figure("inProcess." + METHODS[op] + "." + backend.id() + ".micros");
        double endToEnd = targets.figure("e2e." + backend.id() + "." + METHODS[op] + ".micros");
        jmh |= !Double.isNaN(inJmh);
        double ratio = endToEnd / inJmh;
        boolean disagree = !Double.isNaN(ratio) && (ratio > LIMIT || ratio < 1 / LIMIT);
        if (disagree) {
          flagged.add(backend.id() + " " + NAMES[op] + " (end to end " + Section.ratio(ratio) + " JMH's: "
              + CAUSES[op] + ")");
        }
        rows.add(new String[] {NAMES[op], backend.id(), Section.number(inJmh), Section.number(endToEnd),
            Double.isNaN(ratio) ? "n/a" : Section.ratio(ratio), disagree ? "**yes**" : "no"});
      }
    }
    String verdict = !jmh ? "The in-process stage did not run in this run (`--only`), so there is nothing to"
        + " compare with."
        : flagged.isEmpty() ? "No figure disagrees by more than " + Section.ratio(LIMIT) + "."
        : "Disagreements of more than " + Section.ratio(LIMIT) + ": " + String.join("; ", flagged) + ".";
    Section section = new Section("JMH against end to end",
        "Mean µs per call of the same operation in the in-process JMH stage and in the end-to-end stage"
            + " (median round), and end to end ÷ JMH. " + verdict + "\n\n" + DIFFERENCES
            + " The speed-ups of the end-to-end stage are the ones the goals of issue 18 are checked against.",
        "operation", "backend", "JMH (µs)", "end to end (µs)", "end to end ÷ JMH", "> 2× apart");
    rows.forEach(section::row);
    return section;
  }
}
