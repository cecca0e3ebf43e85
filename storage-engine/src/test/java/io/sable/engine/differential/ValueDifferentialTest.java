package io.sable.engine.differential;

import static io.sable.engine.differential.Fixtures.item;
import static io.sable.engine.differential.Fixtures.s;

import io.sable.engine.value.ItemSize;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB's value semantics, generated: number texts of every shape (signs, leading and trailing
 * zeros, exponents, more than 38 digits, out of range) are accepted, normalised and rejected alike;
 * and items of every type, padded to within two bytes of the 400 KB limit by the engine's size
 * computation, are accepted or rejected alike, which checks {@link ItemSize} against DynamoDB
 * Local byte for byte.
 */
class ValueDifferentialTest {
  private static Differential differential;
  private static int keys;

  @BeforeContainer
  static void start() {
    differential = Differential.start(Witness.DYNAMODB_LOCAL, Witness.DYNOXIDE);
    differential.both(c -> Fixtures.create(c, Fixtures.table("values", 1, "pk", "S")));
  }

  @AfterContainer
  static void stop() {
    differential.close();
  }

  @Provide
  Arbitrary<String> numbers() {
    return Arbitraries.randomValue(ValueDifferentialTest::number);
  }

  @Provide
  Arbitrary<Map<String, AttributeValue>> items() {
    return Arbitraries.randomValue(
        random -> {
          Map<String, AttributeValue> item = new HashMap<>();
          for (int i = random.nextInt(6); i > 0; i--) {
            item.put("a" + "ü".repeat(random.nextInt(2)) + i, value(random, 3));
          }
          return item;
        });
  }

  @Property(tries = 1500, seed = "38", generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
  void putItem_whenNumberOfAnyShape_normalisesOrRejectsLikeDynamoDbLocal(@ForAll("numbers") String number) {
    String key = "n" + keys++;
    Map<String, AttributeValue> item =
        item("pk", s(key), "n", AttributeValue.fromN(number), "ns", AttributeValue.fromNs(List.of(number, "7")),
            "l", AttributeValue.fromL(List.of(AttributeValue.fromN(number))));
    differential.sameOutcome(c -> c.putItem(r -> r.tableName("values").item(item)));
    differential.same(
        c -> c.getItem(r -> r.tableName("values").key(item("pk", s(key)))),
        r -> r.hasItem() ? r.item().get("n").n() + " " + new java.util.TreeSet<>(r.item().get("ns").ns()) : "none");
  }

  @Property(tries = 150, seed = "400", generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
  void putItem_whenItemWithinTwoBytesOf400Kb_isAcceptedOrRejectedLikeDynamoDbLocal(
      @ForAll("items") Map<String, AttributeValue> attributes, @ForAll @net.jqwik.api.constraints.IntRange(min = -2, max = 2) int delta) {
    Map<String, AttributeValue> item = new HashMap<>(attributes);
    item.put("pk", s("s" + keys++));
    int pad = ItemSize.MAX_ITEM_SIZE + delta - ItemSize.of(item) - 1;
    item.put("p", s("x".repeat(pad)));
    differential.sameOutcome(c -> c.putItem(r -> r.tableName("values").item(item)));
  }

  private static String number(Random random) {
    StringBuilder text = new StringBuilder();
    if (random.nextInt(4) == 0) {
      text.append(random.nextBoolean() ? "-" : "+");
    }
    String digits = "01950";
    for (int i = random.nextInt(45); i > 0; i--) {
      text.append(digits.charAt(random.nextInt(digits.length())));
    }
    if (random.nextBoolean()) {
      text.append('.');
      for (int i = random.nextInt(45); i > 0; i--) {
        text.append(digits.charAt(random.nextInt(digits.length())));
      }
    }
    if (random.nextInt(3) == 0) {
      text.append(random.nextBoolean() ? "E" : "e")
          .append(List.of("", "+", "-").get(random.nextInt(3)))
          .append(random.nextInt(300));
    }
    return text.toString();
  }

  private static AttributeValue value(Random random, int depth) {
    switch (random.nextInt(depth > 0 ? 11 : 8)) {
      case 0:
        return s(List.of("", "é", "é\uD83D\uDE00", "ab").get(random.nextInt(4)) + "x".repeat(random.nextInt(5)));
      case 1:
        return AttributeValue.fromN(validNumber(random));
      case 2:
        return AttributeValue.fromB(SdkBytes.fromByteArray(new byte[random.nextInt(5)]));
      case 3:
        return AttributeValue.fromBool(random.nextBoolean());
      case 4:
        return AttributeValue.fromNul(true);
      case 5:
        return AttributeValue.fromSs(List.of("a", "bé" + random.nextInt(9)));
      case 6:
        return AttributeValue.fromNs(List.of(validNumber(random), "123456789"));
      case 7:
        return AttributeValue.fromBs(
            List.of(SdkBytes.fromByteArray(new byte[] {1}), SdkBytes.fromByteArray(new byte[] {1, 2, 3})));
      case 8:
        List<AttributeValue> list = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          list.add(value(random, depth - 1));
        }
        return AttributeValue.fromL(list);
      default:
        Map<String, AttributeValue> map = new HashMap<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          map.put("k" + "é".repeat(random.nextInt(3)) + i, value(random, depth - 1));
        }
        return AttributeValue.fromM(map);
    }
  }

  // Up to 38 significant digits, a decimal point somewhere, sometimes an exponent.
  private static String validNumber(Random random) {
    StringBuilder text = new StringBuilder(random.nextBoolean() ? "-" : "");
    int digits = 1 + random.nextInt(38);
    for (int i = 0; i < digits; i++) {
      text.append((char) ('0' + (i == 0 ? 1 + random.nextInt(9) : random.nextInt(10))));
    }
    if (random.nextBoolean()) {
      text.insert(text.length() - random.nextInt(digits), '.');
    }
    if (random.nextInt(3) == 0) {
      text.append('E').append(random.nextInt(40) - 20);
    }
    return text.toString().replace("-.", "-0.").replaceAll("^\\.", "0.");
  }
}
