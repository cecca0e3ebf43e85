package io.sable.runtime.key;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The order-preserving key segment encodings of the Java types a key template field may have.
 *
 * <table>
 *   <caption>Encodings</caption>
 *   <tr><th>Java type</th><th>Encoding</th><th>Example</th></tr>
 *   <tr><td>{@code String}</td><td>the string itself</td><td>{@code SEA}</td></tr>
 *   <tr><td>{@code byte}, {@code short}, {@code int}, {@code long} (and boxes)</td>
 *       <td>3, 5, 10 or 19 zero-padded digits; negatives as {@code -} and the nines' complement
 *       (see {@link #INTEGER})</td><td>{@code 0000000042}, {@code -9999999957}</td></tr>
 *   <tr><td>{@code BigInteger}, {@code BigDecimal}, {@code double}, {@code float}</td>
 *       <td>sign, biased exponent, digits, terminator (see {@link #BIG_DECIMAL})</td>
 *       <td>{@code p50315.} for 150</td></tr>
 *   <tr><td>{@code LocalDate}</td><td>ISO-8601 {@code yyyy-MM-dd}</td><td>{@code 2001-01-13}</td></tr>
 *   <tr><td>{@code LocalDateTime}</td><td>ISO-8601 {@code yyyy-MM-ddTHH:mm:ss}, whole seconds</td>
 *       <td>{@code 2001-01-13T14:56:00}</td></tr>
 *   <tr><td>{@code Instant}</td><td>ISO-8601 UTC {@code yyyy-MM-ddTHH:mm:ssZ}, whole seconds</td>
 *       <td>{@code 2001-01-13T14:56:00Z}</td></tr>
 *   <tr><td>{@code boolean}</td><td>{@code false} or {@code true}</td><td>{@code true}</td></tr>
 *   <tr><td>{@code UUID}</td><td>canonical lower-case form; sorts by that text</td>
 *       <td>{@code 0b0e...}</td></tr>
 *   <tr><td>an enum</td><td>the constant's name; sorts by name, not by ordinal</td>
 *       <td>{@code PENDING}</td></tr>
 * </table>
 *
 * <p>Dates and date-times are limited to years 0000 to 9999 so that every encoding has the same
 * width. A date-time finer than its segment's precision is rejected rather than truncated: nothing
 * is lost silently.
 *
 * <p>A template can choose another encoding per field with a format after its name: {@code {id:6}}
 * (6 digits, {@link #integer(int)} and its siblings), {@code {at:millis}} ({@code minutes}, {@code
 * seconds}, {@code millis}, {@code micros} or {@code nanos}: {@link #instant(ChronoUnit)}, {@link
 * #localDateTime(ChronoUnit)}, {@link #localTime(ChronoUnit)}), {@code {status:ordinal}} ({@link
 * #enumOrdinal(Class)}).
 */
public final class SegmentCodecs {

  // Declared first: the date-time constants below are built from it.
  /** The precisions a date-time segment can have, as written in a template format. */
  private static final Map<ChronoUnit, String> FRACTIONS = Map.of(
      ChronoUnit.MINUTES, "", ChronoUnit.SECONDS, ":ss", ChronoUnit.MILLIS, ":ss.SSS",
      ChronoUnit.MICROS, ":ss.SSSSSS", ChronoUnit.NANOS, ":ss.SSSSSSSSS");

  /** Strings, unchanged. Sorted by UTF-8 bytes, as DynamoDB sorts strings. */
  public static final SegmentCodec<String> STRING = codec(Function.identity(), Function.identity());

  /** {@code byte} values in 3 digits. */
  public static final SegmentCodec<Byte> BYTE =
      codec(v -> FixedWidthIntegers.encode(v, 3),
          s -> (byte) FixedWidthIntegers.decode(s, 3, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte"));

  /** {@code short} values in 5 digits. */
  public static final SegmentCodec<Short> SHORT =
      codec(v -> FixedWidthIntegers.encode(v, 5),
          s -> (short) FixedWidthIntegers.decode(s, 5, Short.MIN_VALUE, Short.MAX_VALUE, "short"));

  /**
   * {@code int} values in 10 digits: {@code 42} is {@code 0000000042}; a negative value is {@code -}
   * and the nines' complement of its magnitude, so {@code -42} is {@code -9999999957} and sorts
   * before {@code -41} ({@code -9999999958}) and before every non-negative value.
   */
  public static final SegmentCodec<Integer> INTEGER =
      codec(v -> FixedWidthIntegers.encode(v, 10),
          s -> (int) FixedWidthIntegers.decode(s, 10, Integer.MIN_VALUE, Integer.MAX_VALUE, "int"));

  /** {@code long} values in 19 digits, negatives as for {@link #INTEGER}. */
  public static final SegmentCodec<Long> LONG =
      codec(v -> FixedWidthIntegers.encode(v, 19),
          s -> FixedWidthIntegers.decode(s, 19, Long.MIN_VALUE, Long.MAX_VALUE, "long"));

  /**
   * Decimal numbers of any scale. Zero is {@code 0}; a positive number {@code 0.d1...dn × 10^e}
   * (no trailing zero digit) is {@code p}, {@code e + 500} in three digits, the digits, and {@code
   * .}; a negative number is {@code -}, {@code 999 - (e + 500)}, the nines' complement of the digits,
   * and {@code ~}. {@code 150} is {@code p50315.}, {@code -150} is {@code -49684~}. Numerically
   * equal values ({@code 1.0} and {@code 1}) have one encoding; decoding gives the form without
   * trailing zeros. Exponents from -500 to 499 are accepted.
   */
  public static final SegmentCodec<BigDecimal> BIG_DECIMAL =
      codec(OrderedDecimals::encode, OrderedDecimals::decode);

  /** Integers of any size, encoded as {@link #BIG_DECIMAL}. */
  public static final SegmentCodec<BigInteger> BIG_INTEGER =
      codec(v -> OrderedDecimals.encode(new BigDecimal(v)),
          s -> {
            try {
              return OrderedDecimals.decode(s).toBigIntegerExact();
            } catch (ArithmeticException e) {
              throw new IllegalArgumentException("'" + s + "' is not an integer key segment", e);
            }
          });

  /**
   * Finite {@code double} values, encoded as {@link #BIG_DECIMAL} of their shortest decimal form
   * ({@link Double#toString}); {@code -0.0} encodes as zero.
   *
   * <p>{@code encode} throws {@link IllegalArgumentException} for NaN and infinities.
   */
  public static final SegmentCodec<Double> DOUBLE =
      codec(v -> OrderedDecimals.encode(new BigDecimal(Double.toString(finite(v)))),
          s -> OrderedDecimals.decode(s).doubleValue());

  /** Finite {@code float} values, as {@link #DOUBLE} of their shortest decimal form. */
  public static final SegmentCodec<Float> FLOAT =
      codec(v -> OrderedDecimals.encode(new BigDecimal(Float.toString((float) finite(v)))),
          s -> OrderedDecimals.decode(s).floatValue());

  /** {@code false} or {@code true}. */
  public static final SegmentCodec<Boolean> BOOLEAN =
      codec(String::valueOf,
          s -> switch (s) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("'" + s + "' is not a boolean key segment");
          });

  /** ISO-8601 dates, {@code yyyy-MM-dd}, years 0000 to 9999. */
  public static final SegmentCodec<LocalDate> LOCAL_DATE =
      temporal(DateTimeFormatter.ofPattern("uuuu-MM-dd"), LocalDate::from, LocalDate::getYear, v -> true,
          "LocalDate", "days");

  /** ISO-8601 local date-times in whole seconds, {@code yyyy-MM-ddTHH:mm:ss}, years 0000 to 9999. */
  public static final SegmentCodec<LocalDateTime> LOCAL_DATE_TIME = localDateTime(ChronoUnit.SECONDS);

  /** ISO-8601 instants in UTC and whole seconds, {@code yyyy-MM-ddTHH:mm:ssZ}, years 0000 to 9999. */
  public static final SegmentCodec<Instant> INSTANT = instant(ChronoUnit.SECONDS);

  /** ISO-8601 local times in whole seconds, {@code HH:mm:ss}. */
  public static final SegmentCodec<LocalTime> LOCAL_TIME = localTime(ChronoUnit.SECONDS);

  /** UUIDs in canonical lower-case form; they sort by that text, not by {@link java.util.UUID#compareTo}. */
  public static final SegmentCodec<java.util.UUID> UUID =
      codec(java.util.UUID::toString,
          s -> {
            java.util.UUID uuid;
            try {
              uuid = java.util.UUID.fromString(s);
            } catch (IllegalArgumentException e) {
              throw new IllegalArgumentException("'" + s + "' is not a UUID key segment", e);
            }
            if (!uuid.toString().equals(s)) {
              throw new IllegalArgumentException("'" + s + "' is not a canonical lower-case UUID");
            }
            return uuid;
          });

  private SegmentCodecs() {}

  /**
   * {@code int} values in {@code digits} zero-padded digits ({@code {id:6}} in a template), negatives
   * as for {@link #INTEGER}; a value with more digits is rejected.
   *
   * @throws IllegalArgumentException if {@code digits} is not between 1 and 10
   */
  public static SegmentCodec<Integer> integer(int digits) {
    checkDigits(digits, 10);
    return codec(v -> FixedWidthIntegers.encode(fits(v, digits), digits),
        s -> (int) FixedWidthIntegers.decode(s, digits, Integer.MIN_VALUE, Integer.MAX_VALUE, "int"));
  }

  /** {@code long} values in {@code digits} zero-padded digits (1 to 19), as {@link #integer(int)}. */
  public static SegmentCodec<Long> longInteger(int digits) {
    checkDigits(digits, 19);
    return codec(v -> FixedWidthIntegers.encode(fits(v, digits), digits),
        s -> FixedWidthIntegers.decode(s, digits, Long.MIN_VALUE, Long.MAX_VALUE, "long"));
  }

  /** {@code short} values in {@code digits} zero-padded digits (1 to 5), as {@link #integer(int)}. */
  public static SegmentCodec<Short> shortInteger(int digits) {
    checkDigits(digits, 5);
    return codec(v -> FixedWidthIntegers.encode(fits(v, digits), digits),
        s -> (short) FixedWidthIntegers.decode(s, digits, Short.MIN_VALUE, Short.MAX_VALUE, "short"));
  }

  /** {@code byte} values in {@code digits} zero-padded digits (1 to 3), as {@link #integer(int)}. */
  public static SegmentCodec<Byte> byteInteger(int digits) {
    checkDigits(digits, 3);
    return codec(v -> FixedWidthIntegers.encode(fits(v, digits), digits),
        s -> (byte) FixedWidthIntegers.decode(s, digits, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte"));
  }

  /**
   * Local date-times at a precision ({@code {at:millis}} in a template): {@code MINUTES} ({@code
   * yyyy-MM-ddTHH:mm}), {@code SECONDS}, {@code MILLIS}, {@code MICROS} or {@code NANOS} (3, 6 or 9
   * fraction digits, always written). A value finer than the precision is rejected, not truncated.
   *
   * @throws IllegalArgumentException for another unit
   */
  public static SegmentCodec<LocalDateTime> localDateTime(ChronoUnit precision) {
    return temporal(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm" + fraction(precision)), LocalDateTime::from,
        LocalDateTime::getYear, v -> v.truncatedTo(precision).equals(v), "LocalDateTime", unitName(precision));
  }

  /** Instants in UTC at a precision, as {@link #localDateTime(ChronoUnit)} followed by {@code Z}. */
  public static SegmentCodec<Instant> instant(ChronoUnit precision) {
    return temporal(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm" + fraction(precision) + "X")
            .withZone(ZoneOffset.UTC), Instant::from, v -> v.atOffset(ZoneOffset.UTC).getYear(),
        v -> v.truncatedTo(precision).equals(v), "Instant", unitName(precision));
  }

  /** Local times at a precision, {@code HH:mm} followed by the fraction of {@link #localDateTime}. */
  public static SegmentCodec<LocalTime> localTime(ChronoUnit precision) {
    return temporal(DateTimeFormatter.ofPattern("HH:mm" + fraction(precision)), LocalTime::from, v -> 0,
        v -> v.truncatedTo(precision).equals(v), "LocalTime", unitName(precision));
  }

  /**
   * Enum constants by ordinal in three digits ({@code {status:ordinal}} in a template): they sort in
   * declaration order. Reordering the constants changes the stored keys.
   */
  public static <E extends Enum<E>> SegmentCodec<E> enumOrdinal(Class<E> type) {
    E[] constants = type.getEnumConstants();
    return codec(v -> FixedWidthIntegers.encode(v.ordinal(), 3),
        s -> {
          int ordinal = (int) FixedWidthIntegers.decode(s, 3, 0, 999, "enum ordinal");
          if (ordinal >= constants.length) {
            throw new IllegalArgumentException("'" + s + "' is not an ordinal of " + type.getSimpleName());
          }
          return constants[ordinal];
        });
  }

  private static void checkDigits(int digits, int max) {
    if (digits < 1 || digits > max) {
      throw new IllegalArgumentException("A width of " + digits + " digits is not between 1 and " + max);
    }
  }

  private static <N extends Number> N fits(N value, int digits) {
    long v = value.longValue();
    String magnitude = v < 0 ? Long.toUnsignedString(-v) : Long.toString(v);
    if (magnitude.length() > digits) {
      throw new IllegalArgumentException(value + " does not fit the key segment's " + digits + " digits");
    }
    return value;
  }

  private static String fraction(ChronoUnit precision) {
    String fraction = FRACTIONS.get(precision);
    if (fraction == null) {
      throw new IllegalArgumentException(
          precision + " is not a key segment precision: use MINUTES, SECONDS, MILLIS, MICROS or NANOS");
    }
    return fraction;
  }

  private static String unitName(ChronoUnit precision) {
    return precision.toString().toLowerCase(java.util.Locale.ROOT);
  }

  /** Enum constants by {@link Enum#name()}; they sort by name, not by ordinal. */
  public static <E extends Enum<E>> SegmentCodec<E> enumCodec(Class<E> type) {
    Objects.requireNonNull(type, "type");
    return codec(Enum::name,
        s -> {
          try {
            return Enum.valueOf(type, s);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                "'" + s + "' is not a constant of " + type.getSimpleName(), e);
          }
        });
  }

  private static <T> SegmentCodec<T> codec(Function<T, String> encoder, Function<String, T> decoder) {
    return new SegmentCodec<>() {
      @Override
      public String encode(T value) {
        return value == null ? null : encoder.apply(value);
      }

      @Override
      public T decode(String segment) {
        return decoder.apply(segment);
      }
    };
  }

  private static double finite(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(value + " has no key segment encoding: only finite numbers do");
    }
    return value;
  }

  private static <T extends TemporalAccessor> SegmentCodec<T> temporal(
      DateTimeFormatter pattern,
      java.time.temporal.TemporalQuery<T> query,
      java.util.function.ToIntFunction<T> year,
      java.util.function.Predicate<T> fitsPrecision,
      String typeName,
      String precision) {
    DateTimeFormatter formatter = pattern.withResolverStyle(ResolverStyle.STRICT);
    return codec(
        value -> {
          int y = year.applyAsInt(value);
          if (y < 0 || y > 9999) {
            throw new IllegalArgumentException(
                typeName + " " + value + " is outside years 0000 to 9999, the range of key segments");
          }
          if (!fitsPrecision.test(value)) {
            throw new IllegalArgumentException(
                typeName + " " + value + " is finer than the key segment's precision (" + precision
                    + "): truncate it with truncatedTo(ChronoUnit." + precision.toUpperCase(java.util.Locale.ROOT)
                    + "), or choose a finer precision in the template, such as {field:nanos}");
          }
          return formatter.format(value);
        },
        segment -> {
          try {
            return formatter.parse(segment, query);
          } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                "'" + segment + "' is not a key segment of type " + typeName, e);
          }
        });
  }
}
