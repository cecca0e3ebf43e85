package io.sable.processor.validation;

import io.sable.processor.model.FieldModel;
import io.sable.processor.model.TemplateModel;
import io.sable.processor.model.TypeModel;
import io.sable.processor.model.ValueKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The set of strings a key template can produce, as a small nondeterministic automaton, so that two
 * templates can be tested for a common value (a key collision) or a shared prefix (a {@code
 * begins_with} overlap). Each field is over-approximated by the characters its encoding uses and
 * the lengths it can have; a string field is any text without the literal character that follows
 * it. The test is conservative: it may report an overlap that no real values produce, never miss
 * one.
 */
final class KeyLanguage {

  /** Characters are 0..127 (ASCII) and one class, 128, for every other character. */
  private static final int OTHER = 128;

  private record Edge(BitSet chars, int to) {}

  private final List<List<Edge>> edges = new ArrayList<>();
  private final List<List<Integer>> epsilons = new ArrayList<>();
  private int end;

  private KeyLanguage() {
    addState();
  }

  /**
   * The language of a template; {@code field} resolves its field names.
   *
   * @param prefixFields if not negative, only the template's first literal and its first {@code
   *     prefixFields} fields, each with the literal after it, followed by any text: the keys a {@code
   *     begins_with} on that prefix selects
   */
  static KeyLanguage of(TemplateModel template, Function<String, FieldModel> field, int prefixFields) {
    KeyLanguage language = new KeyLanguage();
    int fields = prefixFields < 0 ? template.fields().size() : prefixFields;
    for (int i = 0; i < fields; i++) {
      language.literal(template.literal(i));
      String next = template.literal(i + 1);
      FieldModel model = field.apply(template.fields().get(i));
      BitSet chars = charsOf(model, template.template().segmentFormat(i));
      if (model.kind() == ValueKind.STRING && next.length() == 1 && i < template.fields().size() - 1) {
        chars.clear(index(next.charAt(0)));
      }
      language.field(chars, minLength(model, template.template().segmentFormat(i)),
          maxLength(model, template.template().segmentFormat(i)));
    }
    language.literal(template.literal(fields));
    if (prefixFields >= 0) {
      BitSet any = new BitSet();
      any.set(0, OTHER + 1);
      language.field(any, 0, -1);
    }
    return language;
  }

  /** Whether some string belongs to both languages. */
  boolean intersects(KeyLanguage other) {
    Deque<int[]> queue = new ArrayDeque<>();
    Set<Long> seen = new HashSet<>();
    for (int a : closure(0)) {
      for (int b : other.closure(0)) {
        queue.add(new int[] {a, b});
      }
    }
    while (!queue.isEmpty()) {
      int[] pair = queue.poll();
      if (!seen.add(((long) pair[0] << 32) | pair[1])) {
        continue;
      }
      if (pair[0] == end && pair[1] == other.end) {
        return true;
      }
      for (Edge x : edges.get(pair[0])) {
        for (Edge y : other.edges.get(pair[1])) {
          if (x.chars().intersects(y.chars())) {
            for (int a : closure(x.to())) {
              for (int b : other.closure(y.to())) {
                queue.add(new int[] {a, b});
              }
            }
          }
        }
      }
    }
    return false;
  }

  /** The most characters the field's encoding has, or -1 when unbounded. */
  static int maxLength(FieldModel field, String format) {
    return lengths(field, format)[1];
  }

  private static int minLength(FieldModel field, String format) {
    return lengths(field, format)[0];
  }

  private static final Map<String, Integer> TIME_LENGTHS =
      Map.of("minutes", 5, "seconds", 8, "millis", 12, "micros", 15, "nanos", 18);

  private static int[] lengths(FieldModel field, String format) {
    ValueKind kind = field.kind();
    switch (kind) {
      case BYTE, SHORT, INTEGER, LONG -> {
        int digits = format != null ? Integer.parseInt(format)
            : Map.of(ValueKind.BYTE, 3, ValueKind.SHORT, 5, ValueKind.INTEGER, 10, ValueKind.LONG, 19).get(kind);
        return new int[] {digits, digits + 1};
      }
      case BOOLEAN -> {
        return new int[] {4, 5};
      }
      case LOCAL_DATE -> {
        return new int[] {10, 10};
      }
      case LOCAL_TIME -> {
        int length = TIME_LENGTHS.get(format == null ? "seconds" : format);
        return new int[] {length, length};
      }
      case LOCAL_DATE_TIME, INSTANT -> {
        int length = 11 + TIME_LENGTHS.get(format == null ? "seconds" : format) + (kind == ValueKind.INSTANT ? 1 : 0);
        return new int[] {length, length};
      }
      case UUID -> {
        return new int[] {36, 36};
      }
      case ENUM -> {
        if ("ordinal".equals(format)) {
          return new int[] {3, 3};
        }
        List<String> constants = ((TypeModel.Scalar) field.storage()).enumConstants();
        int min = constants.stream().mapToInt(String::length).min().orElse(0);
        int max = constants.stream().mapToInt(String::length).max().orElse(0);
        return new int[] {min, max};
      }
      default -> {
        return new int[] {kind == ValueKind.STRING ? 0 : 1, -1};
      }
    }
  }

  private static BitSet charsOf(FieldModel field, String format) {
    BitSet chars = new BitSet();
    switch (field.kind()) {
      case BYTE, SHORT, INTEGER, LONG -> set(chars, "0123456789-");
      case BIG_DECIMAL, BIG_INTEGER, DOUBLE, FLOAT -> set(chars, "0123456789-p.~");
      case BOOLEAN -> set(chars, "truefals");
      case LOCAL_DATE -> set(chars, "0123456789-");
      case LOCAL_TIME -> set(chars, "0123456789:.");
      case LOCAL_DATE_TIME, INSTANT -> set(chars, "0123456789-T:.Z");
      case UUID -> set(chars, "0123456789abcdef-");
      case ENUM -> {
        if ("ordinal".equals(format)) {
          set(chars, "0123456789");
        } else {
          ((TypeModel.Scalar) field.storage()).enumConstants().forEach(c -> set(chars, c));
        }
      }
      default -> chars.set(0, OTHER + 1);
    }
    return chars;
  }

  private static void set(BitSet chars, String text) {
    text.chars().forEach(c -> chars.set(index((char) c)));
  }

  private static int index(char c) {
    return c < OTHER ? c : OTHER;
  }

  private int addState() {
    edges.add(new ArrayList<>());
    epsilons.add(new ArrayList<>());
    return edges.size() - 1;
  }

  private void literal(String text) {
    for (char c : text.toCharArray()) {
      BitSet chars = new BitSet();
      chars.set(index(c));
      int next = addState();
      edges.get(end).add(new Edge(chars, next));
      end = next;
    }
  }

  /** {@code min} to {@code max} characters of the class ({@code max} -1: unbounded). */
  private void field(BitSet chars, int min, int max) {
    for (int i = 0; i < min; i++) {
      int next = addState();
      edges.get(end).add(new Edge(chars, next));
      end = next;
    }
    if (max < 0) {
      edges.get(end).add(new Edge(chars, end));
      return;
    }
    List<Integer> optional = new ArrayList<>();
    for (int i = min; i < max; i++) {
      int next = addState();
      edges.get(end).add(new Edge(chars, next));
      optional.add(end);
      end = next;
    }
    for (int state : optional) {
      epsilons.get(state).add(end);
    }
  }

  private Set<Integer> closure(int state) {
    Set<Integer> states = new HashSet<>();
    Deque<Integer> pending = new ArrayDeque<>(List.of(state));
    while (!pending.isEmpty()) {
      int next = pending.pop();
      if (states.add(next)) {
        pending.addAll(epsilons.get(next));
      }
    }
    return states;
  }
}
