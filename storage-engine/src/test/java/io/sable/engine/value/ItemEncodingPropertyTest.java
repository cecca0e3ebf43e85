package io.sable.engine.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Round trips of {@link ItemEncoding} over every attribute value shape, and key order. */
class ItemEncodingPropertyTest {

  @Property(tries = 500)
  void decode_whenAnyItemEncoded_returnsAnEqualMapInTheSameOrder(@ForAll("items") Map<String, AttributeValue> item) {
    Item stored = Item.of(item).compact();

    assertThat(stored.attributes()).isEqualTo(item);
    assertThat(stored.attributes().keySet()).containsExactlyElementsOf(item.keySet());
    assertThat(stored.sizeBytes()).isEqualTo(ItemSize.of(item));
  }

  @Property(tries = 300)
  void attribute_whenAnyItemEncoded_returnsWhatTheMapHolds(
      @ForAll("items") Map<String, AttributeValue> item, @ForAll("names") String other) {
    Item stored = Item.of(item).compact();

    for (String name : item.keySet()) {
      assertThat(stored.attribute(name)).isEqualTo(item.get(name));
    }
    assertThat(stored.attribute(other)).isEqualTo(item.get(other));
  }

  @Property(tries = 1000)
  void compareTo_whenTwoStringKeys_ordersAsValuesCompare(@ForAll("strings") String a, @ForAll("strings") String b) {
    AttributeValue x = AttributeValue.fromS(a);
    AttributeValue y = AttributeValue.fromS(b);

    assertThat(Integer.signum(KeyValue.of(x).compareTo(KeyValue.of(y)))).isEqualTo(Integer.signum(Values.compare(x, y)));
    assertThat(KeyValue.of(x).value()).isEqualTo(x);
  }

  @Property(tries = 1000)
  void compareTo_whenTwoNumberKeys_ordersNumerically(@ForAll("canonicalNumbers") String a, @ForAll("canonicalNumbers") String b) {
    KeyValue x = KeyValue.of(AttributeValue.fromN(a));
    KeyValue y = KeyValue.of(AttributeValue.fromN(b));

    assertThat(Integer.signum(x.compareTo(y))).isEqualTo(new BigDecimal(a).compareTo(new BigDecimal(b)));
    assertThat(x.value()).isEqualTo(AttributeValue.fromN(a));
  }

  @Property(tries = 1000)
  void compareTo_whenTwoBinaryKeys_ordersByUnsignedBytes(@ForAll("binaries") byte[] a, @ForAll("binaries") byte[] b) {
    KeyValue x = KeyValue.of(AttributeValue.fromB(SdkBytes.fromByteArray(a)));
    KeyValue y = KeyValue.of(AttributeValue.fromB(SdkBytes.fromByteArray(b)));

    assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Integer.signum(Arrays.compareUnsigned(a, b)));
  }

  @Property(tries = 1000)
  void compareTo_whenTwoItemKeys_ordersByUnsignedHashThenPartitionKeyThenSortKey(
      @ForAll("strings") String p1, @ForAll("canonicalNumbers") String s1,
      @ForAll("strings") String p2, @ForAll("canonicalNumbers") String s2) {
    ItemKey a = ItemKey.of(KeyValue.of(AttributeValue.fromS(p1)), KeyValue.of(AttributeValue.fromN(s1)));
    ItemKey b = ItemKey.of(KeyValue.of(AttributeValue.fromS(p2)), KeyValue.of(AttributeValue.fromN(s2)));
    int expected = Integer.compareUnsigned(a.hash(), b.hash());
    if (expected == 0) {
      expected = Values.compare(AttributeValue.fromS(p1), AttributeValue.fromS(p2));
    }
    if (expected == 0) {
      expected = new BigDecimal(s1).compareTo(new BigDecimal(s2));
    }

    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(expected));
    assertThat(a.equals(b)).isEqualTo(expected == 0);
    assertThat(a.compareTo(ItemKey.MIN)).isPositive();
    assertThat(a.compareTo(ItemKey.MAX)).isNegative();
  }

  @Property(tries = 300)
  void hash_whenStringKey_isMurmurFinaliserOfStringHash(@ForAll("strings") String s) {
    // Scan order and parallel scan segments follow this hash: it must not change with the encoding.
    int h = s.hashCode();
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;

    assertThat(KeyValue.of(AttributeValue.fromS(s)).hash()).isEqualTo(h);
  }

  @Provide
  Arbitrary<String> strings() {
    return ItemArbitraries.strings();
  }

  @Provide
  Arbitrary<String> names() {
    return ItemArbitraries.names();
  }

  @Provide
  Arbitrary<byte[]> binaries() {
    return ItemArbitraries.binaries();
  }

  @Provide
  Arbitrary<String> canonicalNumbers() {
    return ItemArbitraries.canonicalNumbers();
  }

  @Provide
  Arbitrary<Map<String, AttributeValue>> items() {
    return ItemArbitraries.items();
  }

  @Property(tries = 50)
  void encode_whenStringHasUnpairedSurrogate_keepsItExactly(@ForAll("strings") String prefix) {
    String text = prefix + "\ud800x";
    Map<String, AttributeValue> item = Map.of("s", AttributeValue.fromS(text));

    assertThat(Item.of(item).compact().attributes().get("s").s()).isEqualTo(text);
    assertThat(Item.of(item).compact().attribute("s").s()).isEqualTo(text);
  }
}
