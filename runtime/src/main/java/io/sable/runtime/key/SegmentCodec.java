package io.sable.runtime.key;

/**
 * Encodes a value of one Java type into a key segment string and decodes it back.
 *
 * <p>Implementations are order-preserving: for values {@code a} and {@code b}, {@code a < b} in the
 * type's natural order exactly when {@code encode(a)} sorts before {@code encode(b)} by UTF-8 bytes,
 * DynamoDB's order for string keys. {@code decode(encode(v))} equals {@code v} (numerically, for
 * decimals). The catalogue is {@link SegmentCodecs}.
 *
 * @param <T> the Java type of the field
 */
public interface SegmentCodec<T> {

  /**
   * Encodes a value; {@code null} encodes to {@code null}, which {@link KeyTemplate} reports with the
   * field's name.
   *
   * @throws IllegalArgumentException if the value has no encoding (for example a date-time with a
   *     fractional second, or a double that is not finite)
   */
  String encode(T value);

  /**
   * Decodes a segment produced by {@link #encode}.
   *
   * @throws IllegalArgumentException if the segment is not an encoding this codec produces
   */
  T decode(String segment);
}
