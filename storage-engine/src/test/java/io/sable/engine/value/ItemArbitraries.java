package io.sable.engine.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * jqwik generators of items of every attribute value shape: strings with any UTF-16 content
 * (unpaired surrogates and empty strings included), canonical numbers up to 38 digits and nested
 * numbers as written, binary (empty included), sets, and lists and maps nested three deep.
 */
public final class ItemArbitraries {
  private ItemArbitraries() {}

  public static Arbitrary<String> strings() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(12),
        Arbitraries.strings().withChars("aAb\u00e9\u4e2d\ud800\udc00\udbff\udfff\uffff\u0000").ofMaxLength(6),
        Arbitraries.strings().all().ofMaxLength(8));
  }

  public static Arbitrary<String> names() {
    return Arbitraries.oneOf(
        Arbitraries.of("PK", "SK", "GSI1PK", "origin", "delay"),
        Arbitraries.strings().all().ofMinLength(1).ofMaxLength(8),
        Arbitraries.strings().alpha().ofMinLength(65).ofMaxLength(90));
  }

  public static Arbitrary<byte[]> binaries() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(6);
  }

  public static Arbitrary<String> canonicalNumbers() {
    return Combinators.combine(Arbitraries.bigIntegers().between(
                BigInteger.TEN.pow(38).negate(), BigInteger.TEN.pow(38)),
            Arbitraries.integers().between(-40, 40))
        .as((unscaled, scale) -> Numbers.toText(new BigDecimal(unscaled, scale)));
  }

  public static Arbitrary<Map<String, AttributeValue>> items() {
    return Arbitraries.maps(names(), values(3)).ofMaxSize(8).map(LinkedHashMap::new);
  }

  private static Arbitrary<AttributeValue> values(int depth) {
    Arbitrary<AttributeValue> scalar = Arbitraries.oneOf(
        strings().map(AttributeValue::fromS),
        canonicalNumbers().map(AttributeValue::fromN),
        // Numbers nested in lists and maps are kept as written.
        Arbitraries.of("1.50E+2", "-0", "007", "1e-3").map(AttributeValue::fromN),
        binaries().map(b -> AttributeValue.fromB(SdkBytes.fromByteArray(b))),
        Arbitraries.of(true, false).map(AttributeValue::fromBool),
        Arbitraries.just(AttributeValue.fromNul(true)),
        strings().list().uniqueElements().ofMinSize(1).ofMaxSize(4).map(AttributeValue::fromSs),
        canonicalNumbers().list().uniqueElements().ofMinSize(1).ofMaxSize(4).map(AttributeValue::fromNs),
        binaries().map(b -> SdkBytes.fromByteArray(b)).list().ofMinSize(1).ofMaxSize(3).map(AttributeValue::fromBs));
    if (depth == 0) {
      return scalar;
    }
    Arbitrary<AttributeValue> nested = values(depth - 1);
    return Arbitraries.frequencyOf(
        Tuple.of(6, scalar),
        Tuple.of(1, nested.list().ofMaxSize(4).map(AttributeValue::fromL)),
        Tuple.of(1, Arbitraries.maps(names(), nested).ofMaxSize(4).map(m -> AttributeValue.fromM(new LinkedHashMap<>(m)))));
  }

}
