package io.sable.processor.model;

/**
 * The Java types an entity field may have: those the DynamoDB Enhanced Client's default converters
 * map (so items look the same as with the Enhanced Client), and, for those allowed in key
 * templates, the order-preserving segment codec in {@code io.sable.runtime.key.SegmentCodecs}.
 */
public enum ValueKind {
  STRING("java.lang.String", "STRING", false),
  BOOLEAN("java.lang.Boolean", "BOOLEAN", false),
  BYTE("java.lang.Byte", "BYTE", true),
  SHORT("java.lang.Short", "SHORT", true),
  INTEGER("java.lang.Integer", "INTEGER", true),
  LONG("java.lang.Long", "LONG", true),
  FLOAT("java.lang.Float", "FLOAT", true),
  DOUBLE("java.lang.Double", "DOUBLE", true),
  CHARACTER("java.lang.Character", null, false),
  BIG_DECIMAL("java.math.BigDecimal", "BIG_DECIMAL", true),
  BIG_INTEGER("java.math.BigInteger", "BIG_INTEGER", true),
  INSTANT("java.time.Instant", "INSTANT", false),
  LOCAL_DATE("java.time.LocalDate", "LOCAL_DATE", false),
  LOCAL_DATE_TIME("java.time.LocalDateTime", "LOCAL_DATE_TIME", false),
  LOCAL_TIME("java.time.LocalTime", "LOCAL_TIME", false),
  OFFSET_DATE_TIME("java.time.OffsetDateTime", null, false),
  ZONED_DATE_TIME("java.time.ZonedDateTime", null, false),
  DURATION("java.time.Duration", null, false),
  PERIOD("java.time.Period", null, false),
  ZONE_ID("java.time.ZoneId", null, false),
  UUID("java.util.UUID", "UUID", false),
  URI("java.net.URI", null, false),
  SDK_BYTES("software.amazon.awssdk.core.SdkBytes", null, false),
  BYTE_ARRAY("byte[]", null, false),
  ENUM(null, null, false),
  UNSUPPORTED(null, null, false);

  private final String boxedName;
  private final String segmentCodec;
  private final boolean numeric;

  ValueKind(String boxedName, String segmentCodec, boolean numeric) {
    this.boxedName = boxedName;
    this.segmentCodec = segmentCodec;
    this.numeric = numeric;
  }

  /** The boxed or reference type's qualified name; null for enums and unsupported types. */
  public String boxedName() {
    return boxedName;
  }

  /**
   * The name of the {@code SegmentCodecs} constant that encodes this kind in key templates, or null
   * if the kind cannot be a key segment. Enums use {@code SegmentCodecs.enumCodec}.
   */
  public String segmentCodec() {
    return segmentCodec;
  }

  /** Whether a field of this kind can be a key template segment. */
  public boolean isKeySegment() {
    return segmentCodec != null || this == ENUM;
  }

  /** Whether UpdateItem's {@code ADD} applies (numbers). */
  public boolean isNumeric() {
    return numeric;
  }

  /** The kind of a boxed or reference type by qualified name, or UNSUPPORTED. */
  public static ValueKind ofQualifiedName(String qualifiedName) {
    for (ValueKind kind : values()) {
      if (qualifiedName.equals(kind.boxedName)) {
        return kind;
      }
    }
    return UNSUPPORTED;
  }
}
