package io.sable.runtime.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WriteShardsTest {

  @ParameterizedTest
  @CsvSource({"'', 811c9dc5", "a, e40c292c", "foobar, bf9cf968"})
  void fnv1a32_whenGivenText_matchesPublishedTestVectors(String text, String hex) {
    assertThat(Integer.toHexString(WriteShards.fnv1a32(text))).isEqualTo(hex);
  }

  @Test
  void shardOf_whenHashIsAboveSignedRange_takesItUnsigned() {
    // 0xe40c292c = 3826002220 unsigned; 3826002220 mod 10 = 0
    assertThat(WriteShards.shardOf("a", 10)).isEqualTo(0);
    assertThat(WriteShards.shardOf("a", 7)).isEqualTo((int) (0xe40c292cL % 7));
  }

  @Test
  void shardOf_whenManyValues_spreadsOverEveryShard() {
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      seen.add(WriteShards.shardOf("order-" + i, 10));
    }
    assertThat(seen).hasSize(10);
  }

  @Test
  void format_whenCountHasSeveralDigits_padsToTheWidthOfTheLastShard() {
    assertThat(WriteShards.format(7, 10)).isEqualTo("7");
    assertThat(WriteShards.format(7, 11)).isEqualTo("07");
    assertThat(WriteShards.format(42, 1000)).isEqualTo("042");
  }

  @Test
  void shardOf_whenCountOutOfRange_throwsNamingTheLimit() {
    assertThatThrownBy(() -> WriteShards.shardOf("a", 1001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from 1 to 1000");
  }
}
