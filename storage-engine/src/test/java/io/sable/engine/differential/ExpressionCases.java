package io.sable.engine.differential;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Random items and random expressions over them, valid and invalid, for the generative
 * differential test: a small vocabulary of attribute names (one reserved word, one name only
 * reachable through {@code #name}), values of every type (empty strings and binaries, numbers at
 * the edges of DynamoDB's range, nested documents), and expressions of every grammar, of which
 * some are mutated token by token into near-misses (a dropped or doubled token, a stray operator,
 * an undefined placeholder, a wrong arity).
 *
 * <p>Bare names avoid {@code SIZE}, {@code CONVERT} and {@code REMOVE}, whose reservation differs
 * between DynamoDB and DynamoDB Local 3.1.0 (see {@code ConditionExpressionDifferentialTest}).
 */
final class ExpressionCases {
  /** Attribute names written bare in expressions; {@code name} is a reserved word. */
  private static final List<String> BARE = List.of("a", "b", "c", "x", "l", "m", "s", "name");
  /** ExpressionAttributeNames offered to every request (unused ones are part of the test). */
  static final Map<String, String> NAMES =
      Map.of("#a", "a", "#d", "dotted.name", "#m", "m", "#k", "k");
  private static final List<String> NAME_REFS = List.of("#a", "#d", "#m", "#k");
  private static final List<String> KEYS = List.of("k", "j", "#k");
  private static final List<String> TYPES =
      List.of("S", "N", "B", "BOOL", "NULL", "L", "M", "SS", "NS", "BS", "X");
  private static final List<String> NUMBERS =
      List.of("0", "1", "-1", "1.0", "2", "10", "-0", "0.5", "1E2", "123456789012345678901234567890123456789",
          "99999999999999999999999999999999999999", "9.9999999999999999999999999999999999999E+125",
          "1E-130", "-1E-130", "1E126", "1E-131", "3.14", "-273.15", "007", "1e0", "abc");
  private static final List<String> STRINGS =
      List.of("", "a", "ab", "abc", "b", "A", "é", "\uD83D\uDE00", "k", "N", "S", "10", "x y");
  private static final List<String> MUTATIONS =
      List.of("AND", "OR", "NOT", "(", ")", "=", "<", ",", ":nope", "#nope", "foo(", "size",
          "BETWEEN", "IN", "[", "]", ".", "+", "-", "SET", "REMOVE", "ADD", "DELETE", "$", "0", "name");

  private final Random random;
  private final Map<String, AttributeValue> values = new LinkedHashMap<>();

  private ExpressionCases(Random random) {
    this.random = random;
  }

  /** A case's request parts: the item, the expressions, and their placeholders. */
  record Case(
      Map<String, AttributeValue> item,
      String condition,
      String update,
      String projection,
      String returnValues,
      Map<String, AttributeValue> values) {
    @Override
    public String toString() {
      return "item=" + Canonical.item(item) + " condition=" + condition + " update=" + update
          + " projection=" + projection + " returnValues=" + returnValues + " values="
          + Canonical.item(values);
    }
  }

  /** A ConditionExpression case: the item, and a condition to put it again under. */
  static Case condition(Random random) {
    ExpressionCases cases = new ExpressionCases(random);
    Map<String, AttributeValue> item = cases.item();
    String condition = cases.mutate(cases.condition(3));
    return new Case(item, condition, null, null, null, cases.values());
  }

  /** An UpdateExpression case, sometimes with a ConditionExpression too. */
  static Case update(Random random) {
    ExpressionCases cases = new ExpressionCases(random);
    Map<String, AttributeValue> item = cases.item();
    String update = cases.mutate(cases.update());
    String condition = random.nextInt(4) == 0 ? cases.mutate(cases.condition(2)) : null;
    String returnValues =
        List.of("NONE", "ALL_OLD", "ALL_NEW", "UPDATED_OLD", "UPDATED_NEW").get(random.nextInt(5));
    return new Case(item, condition, update, null, returnValues, cases.values());
  }

  /** A Query case: a FilterExpression and a ProjectionExpression over the item. */
  static Case read(Random random) {
    ExpressionCases cases = new ExpressionCases(random);
    Map<String, AttributeValue> item = cases.item();
    String filter = random.nextInt(3) == 0 ? null : cases.mutate(cases.condition(2));
    String projection = random.nextInt(3) == 0 ? null : cases.mutate(cases.projection());
    return new Case(item, filter, null, projection, null, cases.values());
  }

  /** A random item (without its key), as the cases here use. */
  static Map<String, AttributeValue> item(Random random) {
    return new ExpressionCases(random).item();
  }

  /** A random value of any type, occasionally an invalid number. */
  static AttributeValue value(Random random) {
    return new ExpressionCases(random).value(2, random.nextInt(20) == 0);
  }

  private Map<String, AttributeValue> values() {
    return values.isEmpty() ? null : values;
  }

  // ---- items and values ----

  private Map<String, AttributeValue> item() {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    for (String name : List.of("a", "b", "c", "x", "l", "m", "s", "name", "dotted.name", "k")) {
      if (random.nextInt(3) != 0) {
        item.put(name, value(2, false));
      }
    }
    return item;
  }

  private AttributeValue value(int depth, boolean forPlaceholder) {
    int choice = random.nextInt(depth > 0 ? 12 : 9);
    switch (choice) {
      case 0:
      case 1:
        return AttributeValue.fromS(pick(STRINGS));
      case 2:
      case 3:
        return AttributeValue.fromN(number(forPlaceholder));
      case 4:
        return AttributeValue.fromB(bytes());
      case 5:
        return AttributeValue.fromBool(random.nextBoolean());
      case 6:
        return AttributeValue.fromNul(true);
      case 7:
        return AttributeValue.fromSs(distinct(() -> pick(STRINGS)));
      case 8:
        return random.nextBoolean()
            ? AttributeValue.fromNs(distinctNumbers())
            : AttributeValue.fromBs(distinct(this::bytes));
      case 9:
      case 10:
        List<AttributeValue> list = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          list.add(value(depth - 1, forPlaceholder));
        }
        return AttributeValue.fromL(list);
      default:
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        for (String key : List.of("k", "j", "a")) {
          if (random.nextBoolean()) {
            map.put(key, value(depth - 1, forPlaceholder));
          }
        }
        return AttributeValue.fromM(map);
    }
  }

  private String number(boolean anyText) {
    String number = pick(NUMBERS);
    if (!anyText) {
      // Stored items hold valid numbers only; placeholders may hold invalid ones.
      try {
        BigDecimal value = new BigDecimal(number);
        if (value.signum() != 0 && (value.precision() > 38 || value.abs().compareTo(new BigDecimal("1E126")) >= 0
            || value.abs().compareTo(new BigDecimal("1E-130")) < 0)) {
          return "7";
        }
      } catch (NumberFormatException e) {
        return "8";
      }
    }
    return number;
  }

  private SdkBytes bytes() {
    byte[] bytes = new byte[random.nextInt(3)];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) List.of(0, 1, 2, 127, 128, 255).get(random.nextInt(6)).intValue();
    }
    return SdkBytes.fromByteArray(bytes);
  }

  private <T> List<T> distinct(java.util.function.Supplier<T> element) {
    List<T> list = new ArrayList<>();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      T next = element.get();
      if (!list.contains(next)) {
        list.add(next);
      }
    }
    return list;
  }

  private List<String> distinctNumbers() {
    List<String> numbers = new ArrayList<>();
    List<BigDecimal> seen = new ArrayList<>();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      String number = number(false);
      BigDecimal value = new BigDecimal(number);
      if (seen.stream().noneMatch(v -> v.compareTo(value) == 0)) {
        seen.add(value);
        numbers.add(number);
      }
    }
    return numbers;
  }

  /** A {@code :value} placeholder: usually a new value, sometimes one already defined. */
  private String placeholder() {
    if (!values.isEmpty() && random.nextInt(3) == 0) {
      return pick(new ArrayList<>(values.keySet()));
    }
    String name = ":v" + values.size();
    values.put(name, value(2, random.nextInt(20) == 0));
    return name;
  }

  private String typePlaceholder() {
    String name = ":t" + values.size();
    values.put(
        name,
        random.nextInt(10) == 0 ? AttributeValue.fromN("1") : AttributeValue.fromS(pick(TYPES)));
    return name;
  }

  // ---- expressions ----

  private String path() {
    StringBuilder path =
        new StringBuilder(random.nextInt(4) == 0 ? pick(NAME_REFS) : pick(BARE));
    int depth = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
    for (int i = 0; i < depth; i++) {
      if (random.nextBoolean()) {
        path.append('.').append(pick(KEYS));
      } else {
        path.append('[').append(random.nextInt(3)).append(']');
      }
    }
    return path.toString();
  }

  private String operand() {
    switch (random.nextInt(7)) {
      case 0:
      case 1:
      case 2:
        return path();
      case 3:
      case 4:
        return placeholder();
      case 5:
        return "size(" + (random.nextInt(8) == 0 ? placeholder() : path()) + ")";
      default:
        return "(" + operand() + ")";
    }
  }

  private String condition(int depth) {
    int choice = random.nextInt(depth > 0 ? 14 : 9);
    switch (choice) {
      case 0:
      case 1:
      case 2:
        return operand() + " " + pick(List.of("=", "<>", "<", "<=", ">", ">=")) + " " + operand();
      case 3:
        return operand() + " BETWEEN " + operand() + " AND " + operand();
      case 4:
        StringBuilder in = new StringBuilder(operand()).append(" IN (").append(operand());
        for (int i = random.nextInt(3); i > 0; i--) {
          in.append(", ").append(operand());
        }
        return in.append(")").toString();
      case 5:
        return pick(List.of("attribute_exists", "attribute_not_exists")) + "(" + path() + ")";
      case 6:
        return "attribute_type(" + path() + ", " + typePlaceholder() + ")";
      case 7:
        return "begins_with(" + path() + ", " + operand() + ")";
      case 8:
        return "contains(" + path() + ", " + operand() + ")";
      case 9:
        return "NOT " + condition(depth - 1);
      case 10:
        return "(" + condition(depth - 1) + ")";
      case 11:
        return condition(depth - 1) + " OR " + condition(depth - 1);
      default:
        return condition(depth - 1) + " AND " + condition(depth - 1);
    }
  }

  private String update() {
    List<String> sections = new ArrayList<>(List.of("SET", "REMOVE", "ADD", "DELETE"));
    java.util.Collections.shuffle(sections, random);
    StringBuilder update = new StringBuilder();
    int count = 1 + random.nextInt(2);
    for (String section : sections.subList(0, count)) {
      update.append(update.length() == 0 ? "" : " ").append(section).append(' ');
      int actions = 1 + random.nextInt(2);
      for (int i = 0; i < actions; i++) {
        update.append(i == 0 ? "" : ", ").append(action(section));
      }
    }
    return update.toString();
  }

  private String action(String section) {
    switch (section) {
      case "SET":
        return path() + " = " + setValue();
      case "REMOVE":
        return path();
      default:
        return path() + " " + placeholder();
    }
  }

  private String setValue() {
    switch (random.nextInt(6)) {
      case 0:
      case 1:
        return operand();
      case 2:
        return term() + pick(List.of(" + ", " - ")) + term();
      case 3:
        return "if_not_exists(" + path() + ", " + term() + ")";
      case 4:
        return "list_append(" + term() + ", " + term() + ")";
      default:
        return "(" + term() + pick(List.of(" + ", " - ")) + term() + ")";
    }
  }

  private String term() {
    return random.nextBoolean() ? path() : placeholder();
  }

  private String projection() {
    StringBuilder projection = new StringBuilder(path());
    for (int i = random.nextInt(3); i > 0; i--) {
      projection.append(", ").append(path());
    }
    return projection.toString();
  }

  /** One time in four, turns a valid expression into a near miss. */
  private String mutate(String expression) {
    if (random.nextInt(4) != 0) {
      return expression;
    }
    List<String> tokens = new ArrayList<>(List.of(expression.split(" ")));
    int at = random.nextInt(tokens.size());
    switch (random.nextInt(4)) {
      case 0:
        tokens.remove(at);
        break;
      case 1:
        tokens.add(at, tokens.get(at));
        break;
      default:
        tokens.add(at, pick(MUTATIONS));
    }
    String mutated = String.join(" ", tokens).trim();
    // DynamoDB Local 3.1.0 parses a :value after a '.' as a path element and then fails with
    // "Internal server error"; ExpressionDifferentialTest asserts that difference on its own.
    return mutated.matches("(?s).*\\.\\s*:.*") ? expression : mutated;
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
