package io.sable.engine.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Sizes measured on DynamoDB Local 3.1.0 (TableSizeBytes of one-item tables). */
class ItemSizeTest {
  @ParameterizedTest(name = "{0} -> {1} bytes")
  @CsvSource({
    "0, 1", "1, 2", "-1, 3", "10, 2", "100, 2", "123, 3", "1234, 3", "0.1, 2", "1.5, 3",
    "-12345, 5", "12345.678, 6", "0.001, 2", "0.01, 2",
    "12345678901234567890123456789012345678, 20",
  })
  void ofNumber_whenCanonicalNumber_countsBase100DigitsPlusOne(String number, int bytes) {
    assertThat(ItemSize.ofNumber(number)).isEqualTo(bytes);
  }

  @Test
  void of_whenItemHasEveryType_addsNamesAndValuesByDynamoDbRules() {
    assertThat(ItemSize.of(Map.of("pk", AttributeValue.fromS("a"), "text", AttributeValue.fromS("héllo")))).isEqualTo(13);
    assertThat(ItemSize.of(Map.of("l", AttributeValue.fromL(List.of(AttributeValue.fromS("x"), AttributeValue.fromN("1")))))).isEqualTo(9);
    assertThat(ItemSize.of(Map.of("l", AttributeValue.fromL(List.of())))).isEqualTo(4);
    assertThat(ItemSize.of(Map.of("m", AttributeValue.fromM(Map.of("k", AttributeValue.fromS("v")))))).isEqualTo(7);
    assertThat(ItemSize.of(Map.of("bool", AttributeValue.fromBool(true)))).isEqualTo(5);
    assertThat(ItemSize.of(Map.of("nul", AttributeValue.fromNul(true)))).isEqualTo(4);
    assertThat(ItemSize.of(Map.of("ss", AttributeValue.fromSs(List.of("ab", "c"))))).isEqualTo(5);
    assertThat(ItemSize.of(Map.of("ns", AttributeValue.fromNs(List.of("1", "12345"))))).isEqualTo(8);
    assertThat(ItemSize.of(Map.of("b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[3]))))).isEqualTo(4);
  }

  @Test
  void utf8Length_whenSupplementaryCharacters_countsFourBytes() {
    assertThat(Utf8.length("a\u00e9\u20ac\uD83D\uDE00")).isEqualTo(1 + 2 + 3 + 4);
  }
}
