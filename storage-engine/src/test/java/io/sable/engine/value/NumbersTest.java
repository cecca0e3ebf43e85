package io.sable.engine.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "1, 1",
    "1.0, 1",
    "1.5E2, 150",
    "-0, 0",
    "0.000, 0",
    "+5, 5",
    ".5, 0.5",
    "1., 1",
    "0001, 1",
    "1e-3, 0.001",
    "100E-2, 1",
    "-12.3400, -12.34",
    "1E+20, 100000000000000000000",
    "12345678901234567890123456789012345678, 12345678901234567890123456789012345678",
    "1234567890123456789012345678901234567800, 1234567890123456789012345678901234567800",
  })
  void normalize_whenNumberValid_returnsDynamoDbCanonicalText(String input, String canonical) {
    assertThat(Numbers.normalize(input)).isEqualTo(canonical);
  }

  @Test
  void normalize_whenAlreadyCanonicalInteger_returnsTheSameInstance() {
    String text = "-1234567";
    assertThat(Numbers.normalize(text)).isSameAs(text);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "abc|A value provided cannot be converted into a number",
        "|A value provided cannot be converted into a number",
        "' 1'|A value provided cannot be converted into a number",
        "NaN|A value provided cannot be converted into a number",
        "1e|A value provided cannot be converted into a number",
        "0x10|A value provided cannot be converted into a number",
        "123456789012345678901234567890123456789|DynamoDB only supports precision up to 38 digits",
        "1E126|Number overflow. Attempting to store a number with magnitude larger than supported range",
        "-1E126|Number overflow. Attempting to store a number with magnitude larger than supported range",
        "1E-131|Number underflow. Attempting to store a number with magnitude smaller than supported range",
      })
  void parse_whenNumberInvalid_throwsDynamoDbMessage(String input, String message) {
    assertThatThrownBy(() -> Numbers.parse(input == null ? "" : input))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage(message);
  }

  @Test
  void parse_whenAtTheLimits_accepts() {
    assertThat(Numbers.parse("9.9999999999999999999999999999999999999E+125")).isPositive();
    assertThat(Numbers.parse("-1E-130")).isNegative();
  }

  @Test
  void add_whenDecimalFractions_isExact() {
    BigDecimal sum = Numbers.add(new BigDecimal("0.1"), new BigDecimal("0.2"));
    assertThat(Numbers.toText(sum)).isEqualTo("0.3");
    assertThat(Numbers.toText(Numbers.subtract(new BigDecimal("1E+20"), new BigDecimal("1"))))
        .isEqualTo("99999999999999999999");
  }

  @Test
  void add_whenResultNeedsMoreThan38Digits_throws() {
    assertThatThrownBy(() -> Numbers.add(new BigDecimal("1E+20"), new BigDecimal("1E-20")))
        .hasMessage("DynamoDB only supports precision up to 38 digits");
  }
}
