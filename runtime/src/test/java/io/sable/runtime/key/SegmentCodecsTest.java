package io.sable.runtime.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Arrays;
import java.util.Comparator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmentCodecsTest {

  /** DynamoDB compares string keys by their UTF-8 bytes, unsigned. */
  private static int utf8Compare(String a, String b) {
    return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static <T> void assertOrderPreserved(SegmentCodec<T> codec, T a, T b, Comparator<T> natural) {
    String ea = codec.encode(a);
    String eb = codec.encode(b);
    assertThat(Integer.signum(utf8Compare(ea, eb)))
        .as("order of %s (%s) and %s (%s)", a, ea, b, eb)
        .isEqualTo(Integer.signum(natural.compare(a, b)));
  }

  @Property
  void integer_whenEncoded_sortsAndRoundTrips(@ForAll int a, @ForAll int b) {
    assertOrderPreserved(SegmentCodecs.INTEGER, a, b, Comparator.naturalOrder());
    assertThat(SegmentCodecs.INTEGER.decode(SegmentCodecs.INTEGER.encode(a))).isEqualTo(a);
  }

  @Property
  void long_whenEncoded_sortsAndRoundTrips(@ForAll long a, @ForAll long b) {
    assertOrderPreserved(SegmentCodecs.LONG, a, b, Comparator.naturalOrder());
    assertThat(SegmentCodecs.LONG.decode(SegmentCodecs.LONG.encode(a))).isEqualTo(a);
  }

  @Property
  void shortAndByte_whenEncoded_sortAndRoundTrip(@ForAll short a, @ForAll short b, @ForAll byte c, @ForAll byte d) {
    assertOrderPreserved(SegmentCodecs.SHORT, a, b, Comparator.naturalOrder());
    assertOrderPreserved(SegmentCodecs.BYTE, c, d, Comparator.naturalOrder());
    assertThat(SegmentCodecs.SHORT.decode(SegmentCodecs.SHORT.encode(a))).isEqualTo(a);
    assertThat(SegmentCodecs.BYTE.decode(SegmentCodecs.BYTE.encode(c))).isEqualTo(c);
  }

  @Property
  void bigDecimal_whenEncoded_sortsAndRoundTripsNumerically(
      @ForAll("decimals") BigDecimal a, @ForAll("decimals") BigDecimal b) {
    assertOrderPreserved(SegmentCodecs.BIG_DECIMAL, a, b, BigDecimal::compareTo);
    assertThat(SegmentCodecs.BIG_DECIMAL.decode(SegmentCodecs.BIG_DECIMAL.encode(a))).isEqualByComparingTo(a);
  }

  @Provide
  Arbitrary<BigDecimal> decimals() {
    Arbitrary<BigInteger> unscaled = Arbitraries.bigIntegers().between(
        new BigInteger("-99999999999999999999999999999999999999"),
        new BigInteger("99999999999999999999999999999999999999"));
    Arbitrary<Integer> scale = Arbitraries.integers().between(-120, 120);
    Arbitrary<BigDecimal> wide = unscaled.flatMap(u -> scale.map(s -> new BigDecimal(u, s)));
    Arbitrary<BigDecimal> small = Arbitraries.integers().between(-1000, 1000).map(BigDecimal::valueOf);
    return Arbitraries.oneOf(wide, small, small.map(d -> d.movePointLeft(2)));
  }

  @Property
  void double_whenEncoded_sortsAndRoundTrips(@ForAll double a, @ForAll double b) {
    if (!Double.isFinite(a) || !Double.isFinite(b)) {
      return;
    }
    assertOrderPreserved(SegmentCodecs.DOUBLE, a, b, (x, y) -> x == y ? 0 : Double.compare(x, y));
    assertThat(SegmentCodecs.DOUBLE.decode(SegmentCodecs.DOUBLE.encode(a))).isEqualTo(a == 0 ? 0.0 : a);
  }

  @Property
  void bigInteger_whenEncoded_sortsAndRoundTrips(
      @ForAll @BigRange(min = "-1e40", max = "1e40") BigInteger a,
      @ForAll @BigRange(min = "-1e40", max = "1e40") BigInteger b) {
    assertOrderPreserved(SegmentCodecs.BIG_INTEGER, a, b, BigInteger::compareTo);
    assertThat(SegmentCodecs.BIG_INTEGER.decode(SegmentCodecs.BIG_INTEGER.encode(a))).isEqualTo(a);
  }

  @Property
  void localDateTime_whenEncoded_sortsAndRoundTrips(@ForAll("dateTimes") LocalDateTime a, @ForAll("dateTimes") LocalDateTime b) {
    assertOrderPreserved(SegmentCodecs.LOCAL_DATE_TIME, a, b, Comparator.naturalOrder());
    assertThat(SegmentCodecs.LOCAL_DATE_TIME.decode(SegmentCodecs.LOCAL_DATE_TIME.encode(a))).isEqualTo(a);
    Instant ia = a.toInstant(java.time.ZoneOffset.UTC);
    Instant ib = b.toInstant(java.time.ZoneOffset.UTC);
    assertOrderPreserved(SegmentCodecs.INSTANT, ia, ib, Comparator.naturalOrder());
    assertThat(SegmentCodecs.INSTANT.decode(SegmentCodecs.INSTANT.encode(ia))).isEqualTo(ia);
    assertOrderPreserved(SegmentCodecs.LOCAL_DATE, a.toLocalDate(), b.toLocalDate(), Comparator.naturalOrder());
  }

  @Provide
  Arbitrary<LocalDateTime> dateTimes() {
    return Arbitraries.longs()
        .between(LocalDateTime.of(0, 1, 1, 0, 0).toEpochSecond(java.time.ZoneOffset.UTC),
            LocalDateTime.of(9999, 12, 31, 23, 59, 59).toEpochSecond(java.time.ZoneOffset.UTC))
        .map(s -> LocalDateTime.ofEpochSecond(s, 0, java.time.ZoneOffset.UTC));
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0000000000",
    "42, 0000000042",
    "-42, -9999999957",
    "-1, -9999999998",
    "2147483647, 2147483647",
    "-2147483648, -7852516351"
  })
  void integer_whenEncoded_givesDocumentedForm(int value, String encoded) {
    assertThat(SegmentCodecs.INTEGER.encode(value)).isEqualTo(encoded);
  }

  @ParameterizedTest
  @CsvSource({"0, 0", "150, p50315.", "1.50, p50115.", "0.5, p5005.", "-150, -49684~", "-0.5, -4994~", "1E-130, p3711."})
  void bigDecimal_whenEncoded_givesDocumentedForm(String value, String encoded) {
    assertThat(SegmentCodecs.BIG_DECIMAL.encode(new BigDecimal(value))).isEqualTo(encoded);
  }

  @Test
  void temporal_whenEncoded_givesIsoForms() {
    assertThat(SegmentCodecs.LOCAL_DATE_TIME.encode(LocalDateTime.parse("2001-01-13T14:56"))).isEqualTo("2001-01-13T14:56:00");
    assertThat(SegmentCodecs.INSTANT.encode(Instant.parse("2001-01-13T14:56:00Z"))).isEqualTo("2001-01-13T14:56:00Z");
    assertThat(SegmentCodecs.LOCAL_DATE.encode(LocalDate.parse("2001-01-13"))).isEqualTo("2001-01-13");
  }

  @Test
  void localDateTime_whenFractionalSecond_isRejectedNotTruncated() {
    assertThatThrownBy(() -> SegmentCodecs.LOCAL_DATE_TIME.encode(LocalDateTime.parse("2001-01-13T14:56:00.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finer than the key segment's precision (seconds)")
        .hasMessageContaining("truncatedTo(ChronoUnit.SECONDS)");
  }

  @Test
  void localDate_whenYearOutOfRange_isRejected() {
    assertThatThrownBy(() -> SegmentCodecs.LOCAL_DATE.encode(LocalDate.of(10000, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0000 to 9999");
  }

  @Test
  void double_whenNotFinite_isRejected() {
    assertThatThrownBy(() -> SegmentCodecs.DOUBLE.encode(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finite");
  }

  @ParameterizedTest
  @CsvSource({
    "INTEGER, 42",
    "INTEGER, -0000000000",
    "INTEGER, 00000000x2",
    "INTEGER, 9999999999",
    "BIG_DECIMAL, p50315",
    "BIG_DECIMAL, p503150.",
    "BIG_DECIMAL, 1",
    "BOOLEAN, yes",
    "LOCAL_DATE, 2001-02-30",
    "UUID, 0B0E0000-0000-0000-0000-000000000000"
  })
  void decode_whenNotAnEncoding_throwsIllegalArgumentException(String codecName, String segment) throws Exception {
    SegmentCodec<?> codec = (SegmentCodec<?>) SegmentCodecs.class.getField(codecName).get(null);
    assertThatThrownBy(() -> codec.decode(segment)).isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void integerWidth_whenValueFits_sortsAndRoundTrips(@ForAll @net.jqwik.api.constraints.IntRange(min = -999_999, max = 999_999) int a,
      @ForAll @net.jqwik.api.constraints.IntRange(min = -999_999, max = 999_999) int b) {
    SegmentCodec<Integer> codec = SegmentCodecs.integer(6);
    assertOrderPreserved(codec, a, b, Comparator.naturalOrder());
    assertThat(codec.decode(codec.encode(a))).isEqualTo(a);
  }

  @Test
  void integerWidth_whenValueHasMoreDigits_isRejected() {
    assertThat(SegmentCodecs.integer(3).encode(-42)).isEqualTo("-957");
    assertThatThrownBy(() -> SegmentCodecs.integer(3).encode(1000)).hasMessageContaining("does not fit");
    assertThat(SegmentCodecs.longInteger(19).encode(Long.MIN_VALUE)).isEqualTo(SegmentCodecs.LONG.encode(Long.MIN_VALUE));
    assertThatThrownBy(() -> SegmentCodecs.integer(11)).hasMessageContaining("not between 1 and 10");
  }

  @Property
  void instantPrecisions_whenEncoded_sortAndRoundTrip(@ForAll("instants") Instant a, @ForAll("instants") Instant b) {
    for (ChronoUnit unit : List.of(ChronoUnit.MILLIS, ChronoUnit.MICROS, ChronoUnit.NANOS)) {
      SegmentCodec<Instant> codec = SegmentCodecs.instant(unit);
      Instant x = a.truncatedTo(unit);
      Instant y = b.truncatedTo(unit);
      assertOrderPreserved(codec, x, y, Comparator.naturalOrder());
      assertThat(codec.decode(codec.encode(x))).isEqualTo(x);
    }
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(0, 253402300799L).flatMap(seconds ->
        Arbitraries.integers().between(0, 999_999_999).map(nanos -> Instant.ofEpochSecond(seconds, nanos)));
  }

  @Test
  void temporalPrecisions_giveTheDocumentedForms() {
    LocalDateTime minute = LocalDateTime.parse("2001-01-13T14:56");
    assertThat(SegmentCodecs.localDateTime(ChronoUnit.MINUTES).encode(minute)).isEqualTo("2001-01-13T14:56");
    assertThat(SegmentCodecs.instant(ChronoUnit.MILLIS).encode(Instant.parse("2001-01-13T14:56:00.5Z")))
        .isEqualTo("2001-01-13T14:56:00.500Z");
    assertThat(SegmentCodecs.localTime(ChronoUnit.SECONDS).encode(LocalTime.parse("09:05"))).isEqualTo("09:05:00");
    assertThatThrownBy(() -> SegmentCodecs.localDateTime(ChronoUnit.MINUTES).encode(minute.plusSeconds(1)))
        .hasMessageContaining("finer than the key segment's precision (minutes)");
    assertThatThrownBy(() -> SegmentCodecs.instant(ChronoUnit.HOURS)).hasMessageContaining("not a key segment precision");
  }

  @Test
  void enumOrdinal_whenEncoded_sortsInDeclarationOrder() {
    SegmentCodec<Status> codec = SegmentCodecs.enumOrdinal(Status.class);
    assertThat(codec.encode(Status.PENDING)).isEqualTo("000");
    assertThat(codec.encode(Status.SHIPPED)).isEqualTo("001");
    assertThat(codec.decode("001")).isEqualTo(Status.SHIPPED);
    assertThatThrownBy(() -> codec.decode("002")).hasMessageContaining("not an ordinal of Status");
  }

  enum Status { PENDING, SHIPPED }

  @Test
  void enumCodec_whenRoundTripped_usesNames() {
    SegmentCodec<Status> codec = SegmentCodecs.enumCodec(Status.class);
    assertThat(codec.encode(Status.SHIPPED)).isEqualTo("SHIPPED");
    assertThat(codec.decode("PENDING")).isEqualTo(Status.PENDING);
    assertThatThrownBy(() -> codec.decode("LOST")).hasMessageContaining("not a constant of Status");
  }

  @Test
  void encode_whenNull_returnsNull() {
    assertThat(SegmentCodecs.INTEGER.encode(null)).isNull();
    assertThat(SegmentCodecs.STRING.encode(null)).isNull();
  }

}
