package io.sable.engine.differential;

import static io.sable.engine.differential.Fixtures.item;
import static io.sable.engine.differential.Fixtures.n;
import static io.sable.engine.differential.Fixtures.s;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Random items and random queries, the same on the engine and on DynamoDB Local: every page must
 * match (items, order, counts, LastEvaluatedKey). Each try writes its own item collection.
 */
class RandomizedDifferentialTest {
  private static Differential differential;
  private static final AtomicInteger TRIES = new AtomicInteger();

  @BeforeContainer
  static void start() {
    differential = Differential.start();
    differential.both(c -> Fixtures.create(c, Fixtures.table("random", 2, "pk", "S", "sk", "N")));
  }

  @AfterContainer
  static void stop() {
    differential.close();
  }

  @Provide
  Arbitrary<String> numbers() {
    Arbitrary<String> mantissa = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12);
    Arbitrary<Integer> exponent = Arbitraries.integers().between(-12, 12);
    Arbitrary<Boolean> negative = Arbitraries.of(true, false);
    return net.jqwik.api.Combinators.combine(negative, mantissa, exponent)
        .as((minus, digits, e) -> (minus ? "-" : "") + digits + "E" + e);
  }

  @Provide
  Arbitrary<String> keyConditions() {
    return Arbitraries.of(
        "pk = :p",
        "pk = :p AND sk = :a",
        "pk = :p AND sk < :a",
        "pk = :p AND sk <= :a",
        "pk = :p AND sk > :a",
        "pk = :p AND sk >= :a",
        "pk = :p AND sk BETWEEN :a AND :b");
  }

  @Provide
  Arbitrary<String> filters() {
    return Arbitraries.of("", "v = :v", "v <> :v", "v < :v", "attribute_exists(w)", "NOT v >= :v OR attribute_not_exists(w)");
  }

  /**
   * Found by the property below: a {@code BETWEEN} of equal bounds ({@code -0} and {@code 0} are
   * one number) ends its page at Limit without a LastEvaluatedKey, where an equality does not.
   */
  @Example
  void query_whenBetweenOfEqualBoundsReachesLimit_pagesLikeDynamoDbLocal() {
    for (String condition : List.of("pk = :p AND sk BETWEEN :a AND :b", "pk = :p AND sk = :a")) {
      query_whenRandomItemsAndKeyConditions_pagesLikeDynamoDbLocal(
          List.of("-0E0"), condition, "-0E0", "0", "", true, 1);
    }
  }

  @Property(tries = 60)
  void query_whenRandomItemsAndKeyConditions_pagesLikeDynamoDbLocal(
      @ForAll @Size(min = 0, max = 15) List<@net.jqwik.api.From("numbers") String> sortKeys,
      @ForAll("keyConditions") String keyCondition,
      @ForAll("numbers") String first,
      @ForAll("numbers") String second,
      @ForAll("filters") String filter,
      @ForAll boolean forward,
      @ForAll @IntRange(min = 1, max = 6) int limit) {
    String partition = "try" + TRIES.incrementAndGet();
    differential.both(
        c -> {
          for (int i = 0; i < sortKeys.size(); i++) {
            Map<String, AttributeValue> item =
                new java.util.HashMap<>(item("pk", s(partition), "sk", n(sortKeys.get(i)), "v", n("" + i % 4)));
            if (i % 3 == 0) {
              item.put("w", s("w" + i));
            }
            c.putItem(r -> r.tableName("random").item(item));
          }
        });
    boolean ordered = new java.math.BigDecimal(first).compareTo(new java.math.BigDecimal(second)) <= 0;
    Map<String, AttributeValue> values =
        new java.util.HashMap<>(item(":p", s(partition)));
    if (keyCondition.contains(":a")) {
      values.put(":a", n(ordered ? first : second));
    }
    if (keyCondition.contains(":b")) {
      values.put(":b", n(ordered ? second : first));
    }
    if (filter.contains(":v")) {
      values.put(":v", n("1"));
    }
    differential.samePages(
        start ->
            software.amazon.awssdk.services.dynamodb.model.QueryRequest.builder()
                .tableName("random")
                .keyConditionExpression(keyCondition)
                .filterExpression(filter.isEmpty() ? null : filter)
                .expressionAttributeValues(values)
                .scanIndexForward(forward)
                .limit(limit)
                .exclusiveStartKey(start)
                .build());
  }

  @Property(tries = 40)
  void updateItem_whenRandomArithmetic_computesExactlyLikeDynamoDbLocal(
      @ForAll("numbers") String start, @ForAll("numbers") String delta, @ForAll boolean add) {
    String partition = "arith" + TRIES.incrementAndGet();
    differential.both(
        c -> c.putItem(r -> r.tableName("random").item(item("pk", s(partition), "sk", n("0"), "v", n(start)))));
    differential.same(
        c ->
            c.updateItem(
                r ->
                    r.tableName("random")
                        .key(item("pk", s(partition), "sk", n("0")))
                        .updateExpression(add ? "SET v = v + :d" : "ADD v :d")
                        .expressionAttributeValues(Map.of(":d", n(delta)))
                        .returnValues("UPDATED_NEW")),
        // DynamoDB Local 3.1.0 returns arithmetic results unnormalised ("1.0"); DynamoDB, and the
        // engine, store numbers normalised ("1"). Compare the numeric values.
        response -> new java.math.BigDecimal(response.attributes().get("v").n()).stripTrailingZeros());
  }
}
