package io.sable.runtime.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShardedKeyTemplateTest {

  private final KeyTemplate template = KeyTemplate.parse("STATUS#{status}#{shard:10:orderId}");

  @Test
  void parse_whenTemplateEndsInShard_leavesItOutOfTheFields() {
    assertThat(template.fields()).containsExactly("status");
    assertThat(template.literal(1)).isEqualTo("#");
    assertThat(template.shard()).isEqualTo(new KeyTemplate.Shard(10, "orderId"));
    assertThat(template.isSharded()).isTrue();
  }

  @Test
  void parse_whenFieldIsNamedShardWithADigitCount_keepsItAField() {
    KeyTemplate plain = KeyTemplate.parse("S#{shard:4}");

    assertThat(plain.fields()).containsExactly("shard");
    assertThat(plain.isSharded()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "S#{shard:10:id}#X|must come last",
        "S#{shard:ten:id}|takes a shard count and a field",
        "S#{shard:10:}|takes a shard count and a field",
      })
  void parse_whenShardMalformed_throwsNamingTheProblem(String text, String message) {
    assertThatThrownBy(() -> KeyTemplate.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void formatSharded_whenGivenSourceSegment_appendsItsShard() {
    String key = template.formatSharded("order-1", "PENDING");

    assertThat(key).isEqualTo("STATUS#PENDING#" + WriteShards.shardOf("order-1", 10));
  }

  @Test
  void format_whenTemplateIsSharded_throwsPointingToFormatSharded() {
    assertThatThrownBy(() -> template.format("PENDING"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("formatSharded");
  }

  @Test
  void shardKeys_whenCountHasTwoDigits_listsEveryShardPaddedInOrder() {
    KeyTemplate wide = KeyTemplate.parse("ORDERS#{shard:12:id}");

    assertThat(wide.shardKeys()).hasSize(12).startsWith("ORDERS#00", "ORDERS#01").endsWith("ORDERS#11");
  }

  @Test
  void split_whenKeyIsSharded_dropsTheShardNumber() {
    assertThat(template.split("STATUS#PEN#DING#7")).containsExactly("PEN#DING");
  }

  @Test
  void split_whenShardNumberMissing_throwsMismatch() {
    assertThatThrownBy(() -> template.split("STATUS#PENDING#"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not match");
  }
}
