package io.sable.engine.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ValuesTest {
  private static AttributeValue b(int... bytes) {
    byte[] array = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      array[i] = (byte) bytes[i];
    }
    return AttributeValue.fromB(SdkBytes.fromByteArray(array));
  }

  @Test
  void compare_whenStrings_ordersByUtf8BytesNotUtf16Units() {
    List<String> strings = new ArrayList<>(List.of("\uD83D\uDE00", "\uE000", "é", "z", "a", "B", ""));
    strings.sort(Utf8::compare);
    assertThat(strings).containsExactly("", "B", "a", "z", "é", "\uE000", "\uD83D\uDE00");
    assertThat("\uD83D\uDE00".compareTo("\uE000")).isNegative();
  }

  @Test
  void compare_whenNumbers_ordersNumerically() {
    List<String> numbers = new ArrayList<>(List.of("10", "9", "-1.5", "-10", "0.001", "1E+20", "0"));
    numbers.sort((x, y) -> Values.compare(AttributeValue.fromN(x), AttributeValue.fromN(y)));
    assertThat(numbers).containsExactly("-10", "-1.5", "0", "0.001", "9", "10", "1E+20");
  }

  @Test
  void compare_whenBinary_ordersByUnsignedBytes() {
    assertThat(Values.compare(b(0x7f), b(0x80))).isNegative();
    assertThat(Values.compare(b(0xff), b(0x00, 0x00))).isPositive();
    assertThat(Values.compare(b(1), b(1, 0))).isNegative();
  }

  @Test
  void equal_whenSetsHaveTheSameElementsInAnotherOrder_isTrue() {
    assertThat(Values.equal(AttributeValue.fromSs(List.of("a", "b")), AttributeValue.fromSs(List.of("b", "a")))).isTrue();
    assertThat(Values.equal(AttributeValue.fromNs(List.of("1", "2")), AttributeValue.fromNs(List.of("2.0", "1")))).isTrue();
    assertThat(Values.equal(AttributeValue.fromSs(List.of("a")), AttributeValue.fromSs(List.of("a", "b")))).isFalse();
  }

  @Test
  void equal_whenTypesDiffer_isFalse() {
    assertThat(Values.equal(AttributeValue.fromN("1"), AttributeValue.fromS("1"))).isFalse();
    assertThat(Values.equal(AttributeValue.fromL(List.of()), AttributeValue.fromM(Map.of()))).isFalse();
  }

  @Test
  void equal_whenNestedNumbersDifferOnlyInForm_isTrue() {
    assertThat(
            Values.equal(
                AttributeValue.fromM(Map.of("x", AttributeValue.fromL(List.of(AttributeValue.fromN("1.50")))))
                , AttributeValue.fromM(Map.of("x", AttributeValue.fromL(List.of(AttributeValue.fromN("1.5")))))))
        .isTrue();
  }
}
