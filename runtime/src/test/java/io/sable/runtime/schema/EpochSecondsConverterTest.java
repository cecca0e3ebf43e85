package io.sable.runtime.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class EpochSecondsConverterTest {
  private final EpochSecondsConverter converter = new EpochSecondsConverter();

  @Test
  void transformFrom_whenFractionOfASecond_writesWholeSecondsAsANumber() {
    assertThat(converter.transformFrom(Instant.parse("2030-01-01T00:00:00.999Z")))
        .isEqualTo(AttributeValue.fromN("1893456000"));
    assertThat(converter.transformFrom(Instant.parse("1969-12-31T23:59:59.500Z")))
        .isEqualTo(AttributeValue.fromN("-1"));
  }

  @Test
  void transformTo_whenFractionalNumber_truncatesTowardNegativeInfinity() {
    assertThat(converter.transformTo(AttributeValue.fromN("1893456000.9"))).isEqualTo(Instant.ofEpochSecond(1893456000));
    assertThat(converter.transformTo(AttributeValue.fromN("-1.5"))).isEqualTo(Instant.ofEpochSecond(-2));
  }

  @Test
  void transformTo_whenNotAnEpochSecondNumber_throws() {
    assertThatThrownBy(() -> converter.transformTo(AttributeValue.fromS("1893456000")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a Number");
    assertThatThrownBy(() -> converter.transformTo(AttributeValue.fromN("1e30")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not an epoch second");
  }
}
