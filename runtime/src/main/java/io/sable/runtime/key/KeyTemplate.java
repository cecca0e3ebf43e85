package io.sable.runtime.key;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A key template such as {@code DEP#{departure}#{id}}: literal text and named field segments.
 *
 * <p>Generated key codecs hold one per key attribute. {@link #format} joins encoded segments with the
 * literals; {@link #split} takes a key value apart again. Splitting is unambiguous because every
 * field but the last is followed by a non-empty literal and {@link #format} rejects a segment that
 * would hide that literal (a string field containing it, for example).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class KeyTemplate {

  private final String template;
  private final String[] literals;
  private final String[] fields;
  private final String[] segmentFormats;
  private final Shard shard;

  private KeyTemplate(String template, String[] literals, String[] fields, String[] segmentFormats, Shard shard) {
    this.template = template;
    this.literals = literals;
    this.fields = fields;
    this.segmentFormats = segmentFormats;
    this.shard = shard;
  }

  /**
   * The write shard of a template that ends in {@code {shard:N:field}}.
   *
   * @param count the number of shards, N
   * @param sourceField the field whose encoded segment is hashed ({@link WriteShards#shardOf})
   */
  public record Shard(int count, String sourceField) {

    /** The width in digits of the shard number. */
    public int width() {
      return WriteShards.width(count);
    }
  }

  /**
   * Parses a template: {@code {name}} or {@code {name:format}} marks a field, every other character
   * is literal. The format, if any, chooses the field's segment encoding among those of {@link
   * SegmentCodecs} (a digit count for an integer, a precision for a date-time, {@code ordinal} for
   * an enum); this class only records it.
   *
   * <p>{@code {shard:N:field}} (the name {@code shard}, a shard count and a field name) is not a
   * field but a write shard: the template's value ends in the shard number from {@link WriteShards},
   * hashed from {@code field}'s encoded segment. It must come last, after the other fields and
   * literals. It is left out of {@link #fields()}; {@link #shard()} describes it. The count is
   * checked when a key is built (from 1 to {@link WriteShards#MAX_SHARDS}).
   *
   * @throws IllegalArgumentException if a brace is unbalanced, a field name is empty, two fields
   *     are not separated by a literal, or a shard is not last or its count is not a number
   */
  public static KeyTemplate parse(String template) {
    Objects.requireNonNull(template, "template");
    List<String> literals = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    List<String> formats = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '}') {
        throw new IllegalArgumentException("Key template '" + template + "' has an unmatched '}'");
      }
      if (c != '{') {
        literal.append(c);
        i++;
        continue;
      }
      int close = template.indexOf('}', i);
      int nextOpen = template.indexOf('{', i + 1);
      if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
        throw new IllegalArgumentException("Key template '" + template + "' has an unmatched '{'");
      }
      String field = template.substring(i + 1, close);
      String segmentFormat = null;
      int colon = field.indexOf(':');
      if (colon >= 0) {
        segmentFormat = field.substring(colon + 1);
        field = field.substring(0, colon);
      }
      if (field.isEmpty()) {
        throw new IllegalArgumentException("Key template '" + template + "' has a field without a name");
      }
      if (field.equals("shard") && segmentFormat != null && segmentFormat.contains(":")) {
        literals.add(literal.toString());
        return new KeyTemplate(template, literals.toArray(String[]::new), fields.toArray(String[]::new),
            formats.toArray(String[]::new), shard(template, segmentFormat, close));
      }
      if (!fields.isEmpty() && literal.length() == 0) {
        throw new IllegalArgumentException(
            "Key template '" + template + "' has fields {" + fields.get(fields.size() - 1) + "} and {"
                + field + "} with no literal between them, so a key could not be split");
      }
      literals.add(literal.toString());
      literal.setLength(0);
      fields.add(field);
      formats.add(segmentFormat);
      i = close + 1;
    }
    literals.add(literal.toString());
    return new KeyTemplate(template, literals.toArray(String[]::new), fields.toArray(String[]::new),
        formats.toArray(String[]::new), null);
  }

  private static Shard shard(String template, String format, int close) {
    if (close != template.length() - 1) {
      throw new IllegalArgumentException("Key template '" + template + "': {shard:" + format
          + "} must come last, with nothing after it");
    }
    int colon = format.indexOf(':');
    String source = format.substring(colon + 1);
    int count;
    try {
      count = Integer.parseInt(format.substring(0, colon));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Key template '" + template + "': {shard:" + format
          + "} takes a shard count and a field, such as {shard:10:orderId}");
    }
    if (source.isEmpty() || source.contains(":")) {
      throw new IllegalArgumentException("Key template '" + template + "': {shard:" + format
          + "} takes a shard count and a field, such as {shard:10:orderId}");
    }
    return new Shard(count, source);
  }

  /** The write shard, if the template ends in {@code {shard:N:field}}; null otherwise. */
  public Shard shard() {
    return shard;
  }

  /** Whether the template ends in a write shard. */
  public boolean isSharded() {
    return shard != null;
  }

  /** The template text, as written in the annotation. */
  public String template() {
    return template;
  }

  /** The field names, in template order. */
  public List<String> fields() {
    return List.of(fields);
  }

  /** The format written after the field's name ({@code 8} in {@code {id:8}}), or null. */
  public String segmentFormat(int index) {
    return segmentFormats[index];
  }

  /** The number of field segments. */
  public int fieldCount() {
    return fields.length;
  }

  /**
   * The literal text before field {@code index}, or after the last field when {@code index} is
   * {@link #fieldCount()}.
   */
  public String literal(int index) {
    return literals[index];
  }

  /**
   * Builds a key value from encoded segments, one per field in template order.
   *
   * @throws IllegalArgumentException if the number of segments is wrong, or a segment other than the
   *     last contains the literal that follows it (the key could not be split back)
   * @throws NullPointerException if a segment is null, naming the field
   * @throws IllegalStateException if the template is sharded: use {@link #formatSharded}
   */
  public String format(String... segments) {
    if (shard != null) {
      throw new IllegalStateException("Key template '" + template + "' is sharded: build its keys with "
          + "formatSharded(sourceSegment, segments) or shardKeys(segments)");
    }
    checkCount(segments);
    return build(segments);
  }

  /**
   * Builds the key value of a sharded template: the encoded segments, one per field in template
   * order, then the shard that {@link WriteShards#shardOf} gives {@code sourceSegment}, the encoded
   * segment of the shard's source field.
   *
   * @throws IllegalStateException if the template is not sharded
   * @throws IllegalArgumentException as {@link #format} does, or if the shard count is not between 1
   *     and {@link WriteShards#MAX_SHARDS}
   * @throws NullPointerException if a segment is null
   */
  public String formatSharded(String sourceSegment, String... segments) {
    Shard sharded = requireShard();
    checkCount(segments);
    return build(segments) + WriteShards.format(WriteShards.shardOf(sourceSegment, sharded.count()), sharded.count());
  }

  /**
   * Every key value of a sharded template for these field segments, shard 0 first: the N item
   * collections a Query must read to see every item with these fields.
   *
   * @throws IllegalStateException if the template is not sharded
   * @throws IllegalArgumentException as {@link #formatSharded} does
   */
  public List<String> shardKeys(String... segments) {
    Shard sharded = requireShard();
    checkCount(segments);
    String base = build(segments);
    List<String> keys = new ArrayList<>(sharded.count());
    for (int i = 0; i < sharded.count(); i++) {
      keys.add(base + WriteShards.format(i, sharded.count()));
    }
    return List.copyOf(keys);
  }

  private Shard requireShard() {
    if (shard == null) {
      throw new IllegalStateException("Key template '" + template + "' is not sharded");
    }
    return shard;
  }

  private void checkCount(String[] segments) {
    if (segments.length != fields.length) {
      throw new IllegalArgumentException(
          "Key template '" + template + "' takes " + fields.length + " segments, got " + segments.length);
    }
  }

  /**
   * The key prefix made of the given leading segments: the leading literal, then each segment
   * followed by its literal. With no segments it is the leading literal alone. A Query uses it with
   * {@code begins_with} to select the items whose first fields equal those segments.
   *
   * @throws IllegalArgumentException if there are more segments than fields, or a segment hides the
   *     literal after it (see {@link #format})
   * @throws NullPointerException if a segment is null, naming the field
   */
  public String prefix(String... segments) {
    if (segments.length > fields.length) {
      throw new IllegalArgumentException(
          "Key template '" + template + "' has " + fields.length + " fields, got " + segments.length
              + " segments");
    }
    return build(segments);
  }

  private String build(String[] segments) {
    StringBuilder key = new StringBuilder(template.length() + 32);
    key.append(literals[0]);
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      if (segment == null) {
        throw new NullPointerException(
            "Key template '" + template + "': field {" + fields[i] + "} is null");
      }
      if (i < fields.length - 1) {
        checkSplittable(i, segment);
      }
      key.append(segment).append(literals[i + 1]);
    }
    return key.toString();
  }

  /**
   * Takes a key value apart into its encoded segments, in template order; a write shard's number is
   * checked for its width and dropped.
   *
   * @throws IllegalArgumentException if the value does not match the template's literals
   */
  public String[] split(String key) {
    Objects.requireNonNull(key, "key");
    if (shard != null) {
      int width = shard.width();
      if (key.length() < width || !key.substring(key.length() - width).chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw mismatch(key);
      }
      key = key.substring(0, key.length() - width);
    }
    String[] segments = new String[fields.length];
    if (!key.startsWith(literals[0])) {
      throw mismatch(key);
    }
    int position = literals[0].length();
    for (int i = 0; i < fields.length; i++) {
      String next = literals[i + 1];
      int end;
      if (i == fields.length - 1) {
        end = key.length() - next.length();
        if (end < position || !key.endsWith(next)) {
          throw mismatch(key);
        }
      } else {
        end = key.indexOf(next, position);
        if (end < 0) {
          throw mismatch(key);
        }
      }
      segments[i] = key.substring(position, end);
      position = end + next.length();
    }
    if (fields.length == 0 && !key.equals(literals[0])) {
      throw mismatch(key);
    }
    return segments;
  }

  private void checkSplittable(int index, String segment) {
    String next = literals[index + 1];
    boolean hidden =
        next.length() == 1
            ? segment.indexOf(next.charAt(0)) >= 0
            : (segment + next).indexOf(next) != segment.length();
    if (hidden) {
      throw new IllegalArgumentException(
          "Key template '" + template + "': the value of {" + fields[index] + "} must not contain '"
              + next + "', the literal after it, or the key could not be split; got '" + segment + "'");
    }
  }

  private IllegalArgumentException mismatch(String key) {
    return new IllegalArgumentException("'" + key + "' does not match key template '" + template + "'");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof KeyTemplate that && template.equals(that.template);
  }

  @Override
  public int hashCode() {
    return template.hashCode();
  }

  @Override
  public String toString() {
    return template;
  }
}
