package io.sable.processor.model;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The key segment encoding of one field in one template, chosen by the field's type and the format
 * written after its name ({@code {id:6}}, {@code {at:millis}}, {@code {status:ordinal}}): a constant
 * of {@code SegmentCodecs}, or a call of one of its factories.
 *
 * @param constant the {@code SegmentCodecs} constant, or null when {@code factory} is used
 * @param factory the {@code SegmentCodecs} factory method, or null
 * @param argument the factory's argument as Java source ({@code 6}, {@code ChronoUnit.MILLIS}), or
 *     null for the enum factories, which take the enum class
 * @param format the format as written, or null
 */
public record SegmentCodecSpec(String constant, String factory, String argument, String format) {

  private static final Map<ValueKind, Integer> MAX_DIGITS = Map.of(
      ValueKind.BYTE, 3, ValueKind.SHORT, 5, ValueKind.INTEGER, 10, ValueKind.LONG, 19);
  private static final Map<ValueKind, String> INTEGER_FACTORIES = Map.of(
      ValueKind.BYTE, "byteInteger", ValueKind.SHORT, "shortInteger", ValueKind.INTEGER, "integer",
      ValueKind.LONG, "longInteger");
  private static final Map<ValueKind, String> INTEGER_TYPES = Map.of(
      ValueKind.BYTE, "byte", ValueKind.SHORT, "short", ValueKind.INTEGER, "int", ValueKind.LONG, "long");
  private static final Map<ValueKind, String> TEMPORAL_FACTORIES = Map.of(
      ValueKind.INSTANT, "instant", ValueKind.LOCAL_DATE_TIME, "localDateTime", ValueKind.LOCAL_TIME, "localTime");
  private static final Set<String> PRECISIONS = Set.of("minutes", "seconds", "millis", "micros", "nanos");

  /** Whether the encoding is an enum's, which the keys class declares with the enum's class. */
  public boolean isEnum() {
    return factory != null && factory.startsWith("enum");
  }

  /**
   * The encoding of a key field with a format, or the reason the format does not apply, as an
   * exception message.
   *
   * @throws IllegalArgumentException if the field's type has no key encoding or the format is not one
   *     of its formats
   */
  public static SegmentCodecSpec of(ValueKind kind, String format) {
    if (!kind.isKeySegment()) {
      throw new IllegalArgumentException("no order-preserving key encoding");
    }
    if (kind == ValueKind.ENUM) {
      if (format == null || format.equals("name")) {
        return new SegmentCodecSpec(null, "enumCodec", null, format);
      }
      if (format.equals("ordinal")) {
        return new SegmentCodecSpec(null, "enumOrdinal", null, format);
      }
      throw new IllegalArgumentException("an enum field takes the format 'name' (the default) or 'ordinal'");
    }
    if (format == null) {
      return new SegmentCodecSpec(kind.segmentCodec(), null, null, null);
    }
    Integer maxDigits = MAX_DIGITS.get(kind);
    if (maxDigits != null) {
      int digits;
      try {
        digits = Integer.parseInt(format);
      } catch (NumberFormatException e) {
        digits = -1;
      }
      if (digits < 1 || digits > maxDigits) {
        throw new IllegalArgumentException("a field of type " + INTEGER_TYPES.get(kind)
            + " takes a digit count from 1 to " + maxDigits + ", such as {field:8}");
      }
      return new SegmentCodecSpec(null, INTEGER_FACTORIES.get(kind), Integer.toString(digits), format);
    }
    String temporal = TEMPORAL_FACTORIES.get(kind);
    if (temporal != null) {
      if (!PRECISIONS.contains(format)) {
        throw new IllegalArgumentException("a date-time field takes a precision: minutes, seconds (the default), "
            + "millis, micros or nanos");
      }
      return new SegmentCodecSpec(null, temporal, "ChronoUnit." + format.toUpperCase(Locale.ROOT), format);
    }
    throw new IllegalArgumentException("a field of this type takes no format");
  }
}
