package io.sable.benchmarks.schema;

import io.sable.benchmarks.Jmh;
import io.sable.benchmarks.Section;
import io.sable.benchmarks.Settings;
import io.sable.benchmarks.Targets;
import java.util.List;
import java.util.Map;

/** Runs {@link SchemaBenchmark}: generated schema against the Enhanced Client's reflective ones. */
public final class SchemaStage {
  private SchemaStage() {}

  /** Runs it; records {@code schema.<direction>.<reflective>} speed-ups in {@code targets}. */
  public static Section run(Settings settings, Targets targets) {
    List<Jmh.Score> scores = Jmh.run(SchemaBenchmark.class, settings, Map.of());
    Section section = new Section("Generated schema vs the Enhanced Client's reflective schemas",
        "Nanoseconds per call (JMH average time), the same delayed flight and the same 13-attribute item"
            + " (table and GSI keys computed by the generated `FlightKeys`, `_type`, six fields):"
            + " `FlightSchema` (generated) against `TableSchema.fromBean` and `TableSchema.fromImmutableClass`"
            + " of equivalent classes. Speed-up = reflective time ÷ generated time.",
        "conversion", "generated (ns)", "reflective (ns)", "reflective schema", "speed-up");
    for (String direction : new String[] {"objectToItem", "itemToObject"}) {
      double generated = score(scores, direction + "Generated");
      for (String reflective : new String[] {"Bean", "Immutable"}) {
        double other = score(scores, direction + reflective);
        targets.record("schema." + direction + "." + reflective, other / generated);
        section.row(direction.equals("objectToItem") ? "object → item (`itemToMap`)" : "item → object (`mapToItem`)",
            Section.number(generated), Section.number(other),
            reflective.equals("Bean") ? "`BeanTableSchema`" : "`ImmutableTableSchema`",
            Section.ratio(other / generated));
      }
    }
    return section;
  }

  private static double score(List<Jmh.Score> scores, String method) {
    return scores.stream().filter(s -> s.method().equals(method)).findFirst()
        .orElseThrow(() -> new IllegalStateException("JMH produced no score for " + method)).score();
  }
}
