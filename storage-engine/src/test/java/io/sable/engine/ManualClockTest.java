package io.sable.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ManualClockTest {

  private static final Instant START = Instant.parse("2024-05-01T00:00:00Z");

  @Test
  void instant_whenNotMoved_standsStill() {
    ManualClock clock = new ManualClock(START);

    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.millis()).isEqualTo(START.toEpochMilli());
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void advance_whenGivenADuration_movesForwardAndReturnsTheNewInstant() {
    ManualClock clock = new ManualClock(START);

    assertThat(clock.advance(Duration.ofHours(36))).isEqualTo(Instant.parse("2024-05-02T12:00:00Z"));
    assertThat(clock.advance(Duration.ofHours(-12))).isEqualTo(Instant.parse("2024-05-02T00:00:00Z"));
  }

  @Test
  void set_whenGivenAnInstant_movesThere() {
    ManualClock clock = new ManualClock(Instant.EPOCH);

    clock.set(START);

    assertThat(clock.instant()).isEqualTo(START);
  }

  @Test
  void withZone_whenTheOriginalMoves_theViewMovesToo() {
    ManualClock clock = new ManualClock(START);
    ManualClock paris = clock.withZone(ZoneId.of("Europe/Paris"));

    clock.advance(Duration.ofMinutes(5));

    assertThat(paris.instant()).isEqualTo(START.plusSeconds(300));
    assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
  }
}
