package io.sable.processor.validation;

import javax.tools.Diagnostic;

/**
 * Every message the processor reports. Each starts with a stable tag in brackets, uses DynamoDB's
 * terms, and says how to fix the problem. Arguments are filled in with {@link String#format}.
 */
public enum Message {
  // Tables and indexes
  INVALID_TABLE_NAME("SableInvalidTableName",
      "Table name '%s' is not a valid DynamoDB table name: use 3 to 255 characters from a-z, A-Z, 0-9, "
          + "'_', '-' and '.'"),
  INVALID_INDEX_NAME("SableInvalidIndexName",
      "Index name '%s' is not a valid DynamoDB index name: use 3 to 255 characters from a-z, A-Z, 0-9, "
          + "'_', '-' and '.'"),
  DUPLICATE_INDEX("SableDuplicateIndex",
      "Index %s is declared twice on table %s: give each secondary index its own name"),
  TOO_MANY_INDEXES("SableTooManyIndexes",
      "Table %s declares %d global secondary indexes, and DynamoDB allows at most 20 per table: share "
          + "generic index attributes across entity types (GSI overloading) instead"),
  TOO_MANY_LOCAL_INDEXES("SableTooManyLocalIndexes",
      "Table %s declares %d local secondary indexes, and DynamoDB allows at most 5 per table: use global "
          + "secondary indexes for the other access patterns"),
  LOCAL_INDEX_WITHOUT_SORT_KEY("SableLocalIndexWithoutSortKey",
      "Table %s has no sort key, and DynamoDB allows local secondary indexes only on a table with a sort key: "
          + "declare a sort key on the table, or make %s a global secondary index"),
  EMPTY_ATTRIBUTE_NAME("SableEmptyAttributeName",
      "The %s attribute name is empty: DynamoDB attribute names need at least one character"),
  KEY_ATTRIBUTE_REUSED("SableKeyAttributeReused",
      "Attribute '%s' is both the %s and the %s: give every key attribute and the entity type attribute its "
          + "own name (an index keyed only by the table's own key attributes, such as an inverted index, is "
          + "the one exception)"),
  KEY_ATTRIBUTE_TYPE_CONFLICT("SableKeyAttributeTypeConflict",
      "Attribute '%s' is declared %s as the %s and %s as the %s: DynamoDB gives each attribute one type"),

  // Entities
  ENTITY_SHAPE("SableEntityShape",
      "@Entity %s is %s: declare a record, an immutable class with a static builder() whose builder has "
          + "build(), a bean with a public no-argument constructor and getters and setters, or a sealed "
          + "interface of records"),
  SEALED_SUBTYPE_NOT_RECORD("SableSealedSubtypeNotRecord",
      "Sealed @Entity %s permits %s, which is not a record: make every permitted subclass a record, stored with "
          + "its own entity type"),
  SEALED_SUBTYPE_MISSING_FIELD("SableSealedSubtypeMissingField",
      "Record %s of sealed @Entity %s has no component %s, so the key field %s() would not be stored: add the "
          + "component"),
  ENTITY_TABLE_MISSING("SableEntityTableMissing",
      "@%s %s names table type %s, which has no @Table: annotate %s with @Table, or name a @Table type"),
  DUPLICATE_ENTITY_TYPE("SableDuplicateEntityType",
      "Entity type '%s' of %s is already the entity type of %s in table %s: give one of them another "
          + "@Entity(name = ...)"),
  MISSING_PARTITION_KEY("SableMissingPartitionKey",
      "@Entity %s has no @PartitionKey: add one, such as @PartitionKey(\"%s#{id}\")"),
  MISSING_SORT_KEY("SableMissingSortKey",
      "Table %s has the sort key '%s' but @Entity %s has no @SortKey: add one, such as @SortKey(\"%s\")"),
  UNEXPECTED_SORT_KEY("SableUnexpectedSortKey",
      "Table %s has no sort key, so the @SortKey of %s cannot be stored: remove it, or declare a sort key "
          + "on the table"),
  UNSUPPORTED_FIELD_TYPE("SableUnsupportedFieldType",
      "Field %s has the type %s, which Sable cannot store: %s"),
  INVALID_CONVERTER("SableInvalidConverter",
      "@Convert(%s.class) on %s %s: name a class implementing AttributeConverter<%s> with a public "
          + "no-argument constructor"),
  DUPLICATE_ATTRIBUTE("SableDuplicateAttribute",
      "Fields %s and %s are both stored in attribute '%s': rename one with @Attribute"),
  INVALID_VERSION_FIELD("SableInvalidVersionField",
      "@Version on %s %s: put it on one int or long field (or Integer, Long) outside every key template"),
  INVALID_TTL_FIELD("SableInvalidTtlField",
      "@Ttl on %s %s: put it on one Instant or long field (or Long) outside every key template; it holds the "
          + "item's expiry in seconds since the epoch"),
  CONFLICTING_TTL_ATTRIBUTE("SableConflictingTtlAttribute",
      "@Ttl field %s of %s is stored in attribute '%s', but %s stores the table %s's Time to Live in '%s': a table "
          + "has one Time to Live attribute, so store both in one name with @Attribute"),
  INVALID_UNIQUE_FIELD("SableInvalidUniqueField",
      "@Unique on %s %s: put it on a string, number or binary field outside every key template, of an entity "
          + "that is not a sealed interface"),
  RESERVED_FIELD_NAME("SableReservedFieldName",
      "Field %s is stored in attribute '%s', the table's %s attribute, which Sable computes: rename the "
          + "field or store it under another name with @Attribute"),

  // Key templates
  MALFORMED_TEMPLATE("SableMalformedKeyTemplate",
      "%s: write each field as {field} or {field:format}, and separate two fields with a literal, as in "
          + "{a}#{b}"),
  EMPTY_TEMPLATE("SableEmptyKeyTemplate",
      "The key template is empty, and DynamoDB key values cannot be empty strings: write a literal, a "
          + "field, or both"),
  TEMPLATE_LITERAL_NOT_ASCII("SableKeyTemplateLiteral",
      "Key template '%s' has the character '%s' in its literal text: use printable ASCII characters in "
          + "literals, such as '#'"),
  UNKNOWN_TEMPLATE_FIELD("SableUnknownTemplateField",
      "Key template '%s' names {%s}, which is not a field of %s: %s"),
  UNSUPPORTED_KEY_FIELD_TYPE("SableUnsupportedKeyFieldType",
      "Key template '%s' uses {%s} of type %s, which has no order-preserving key encoding: use a String, "
          + "an integer or decimal number, a boolean, a LocalDate, LocalDateTime, LocalTime or Instant, a UUID "
          + "or an enum, without @Convert"),
  INVALID_SEGMENT_FORMAT("SableSegmentFormat",
      "Key template '%s' gives {%s} the format '%s', but %s"),
  OPTIONAL_PRIMARY_KEY_FIELD("SableOptionalPrimaryKeyField",
      "Key template '%s' uses {%s}, an Optional, in the table's primary key, which every item needs: make "
          + "the field required (Optional fields belong in index keys, which they make sparse)"),
  KEY_TYPE_MISMATCH("SableKeyTypeMismatch",
      "The %s of %s is declared %s, but the key template '%s' is not a single field of a %s type: write just "
          + "{field} with a %s field, or declare the key attribute STRING"),
  KEY_TOO_LONG("SableKeyTooLong",
      "Key template '%s' can produce %d bytes of UTF-8, and DynamoDB limits a %s to %d bytes: shorten its "
          + "literals or narrow its fields"),
  KEY_COLLISION("SableKeyCollision",
      "Entity types %s and %s can have the same primary key: their partition key templates ('%s', '%s') and "
          + "sort key templates ('%s', '%s') can produce the same values, so one would overwrite the other. Give "
          + "one of them a literal the other's keys never contain, such as '%s#'"),
  PREFIX_OVERLAP("SablePrefixOverlap",
      "Access pattern '%s' reads the sort keys of %s that match '%s', which %s's sort keys ('%s') can match in "
          + "the item collections they share: its queries would read (and pay for) %s's items too. Give the "
          + "two entity types sort key prefixes that do not start alike"),
  ENUM_SORT_ORDER("SableEnumSortOrder",
      "Sort key template '%s' encodes enum %s by name, so it sorts %s, not in declaration order: write "
          + "{%s:ordinal} to sort by declaration order, or ignore this if name order is meant", Diagnostic.Kind.WARNING),
  STRING_SORT_ORDER("SableStringSortOrder",
      "Sort key template '%s' follows string field {%s} with '%s', which sorts after digits and capital "
          + "letters, so a value sorts after longer values that start with it ('AB%s' before 'A%s'): use a "
          + "literal below '0', such as '#'", Diagnostic.Kind.WARNING),
  LOW_CARDINALITY_PARTITION_KEY("SableLowCardinalityPartitionKey",
      "The partition key template '%s' of %s has only %s fields, so all items share a handful of partition "
          + "key values (a hot partition that DynamoDB cannot spread): add a high-cardinality field, or a "
          + "write shard suffix such as {shard:10:id}", Diagnostic.Kind.WARNING),
  SHARD_IN_SORT_KEY("SableShardInSortKey",
      "Key template '%s' is the sort key of %s, and a write shard only spreads partition key values: move "
          + "{shard:...} to the partition key template"),
  SHARD_KEY_TYPE("SableShardedKeyType",
      "Key template '%s' of %s is sharded, but the key attribute is declared %s; a write shard suffix needs a "
          + "STRING key attribute: declare it STRING, or remove {shard:...}"),
  SHARD_COUNT("SableShardCount",
      "Key template '%s' asks for %d shards; a sharded key takes from 2 to %d, and every Query of it sends "
          + "one request per shard: write {shard:N:field} with N in that range"),
  SHARD_WITHOUT_FIELD("SableShardWithoutField",
      "Key template '%s' has {%s}, but %s has no field named shard, and a write shard names the field its "
          + "number is hashed from: write {shard:%s:field}, such as {shard:%s:%s}"),
  SHARD_FIELD("SableShardField",
      "Key template '%s' derives its shard from {%s}, but %s"),

  // Indexes on entities
  UNKNOWN_INDEX("SableUnknownIndex",
      "Index %s is not declared on table %s: declare it in @Table(indexes = ...) or @Table(localIndexes = ...)%s"),
  DUPLICATE_INDEX_KEY("SableDuplicateIndexKey",
      "@Entity %s has two @IndexKey for index %s: keep one"),
  MISSING_INDEX_PARTITION_KEY("SableMissingIndexPartitionKey",
      "Global secondary index %s needs a partition key template: add partitionKey = \"...\""),
  LOCAL_INDEX_PARTITION_KEY("SableLocalIndexPartitionKey",
      "Local secondary index %s shares the table's partition key, so this @IndexKey cannot give one: remove "
          + "partitionKey"),
  DERIVED_INDEX_KEY("SableDerivedIndexKey",
      "Index %s is keyed by the table's own key attributes, so every entity is in it through its table key "
          + "templates: remove this @IndexKey"),
  MISSING_INDEX_SORT_KEY("SableMissingIndexSortKey",
      "Index %s has the sort key '%s' but this @IndexKey has no sortKey template: add sortKey = \"...\""),
  UNEXPECTED_INDEX_SORT_KEY("SableUnexpectedIndexSortKey",
      "Index %s has no sort key, so this sortKey template cannot be stored: remove it, or declare a sort "
          + "key on the index"),
  INVALID_INCLUDE_WHEN("SableInvalidIncludeWhen",
      "includeWhen names '%s', which is not a no-argument boolean method of %s: add 'boolean %s()', or name "
          + "an existing one"),

  // Access patterns
  INVALID_ACCESS_PATTERN_NAME("SableInvalidAccessPatternName",
      "Access pattern name '%s' %s: rename the access pattern"),
  DUPLICATE_ACCESS_PATTERN("SableDuplicateAccessPattern",
      "@Entity %s has two access patterns named '%s': give each its own name"),
  UNKNOWN_BIND_FIELD("SableUnknownBindField",
      "Access pattern '%s' binds '%s', which is not a field of %s: %s"),
  UNSERVED_ACCESS_PATTERN("SableUnservedAccessPattern",
      "Access pattern '%s' cannot be served by %s: %s"),

  // Item collections and documents
  COLLECTION_NOT_RECORD("SableCollectionNotRecord",
      "@ItemCollection %s is not a record: declare it as 'record %s(...)' with one component per entity type"),
  COLLECTION_MEMBER("SableCollectionMember",
      "Component %s of @ItemCollection %s %s: declare it as List<E>, Optional<E> or E for an @Entity E of "
          + "table %s"),
  COLLECTION_SHAPE("SableCollectionShape",
      "Component %s of @ItemCollection %s holds %s, whose partition key template on %s is '%s', not of the "
          + "collection's shape '%s' (the same literals, and fields of the same types and formats in the same "
          + "places): one Query could not read both"),
  COLLECTION_SINGLE_MEMBER("SableCollectionSingleMember",
      "Component %s of @ItemCollection %s holds one %s, but its sort key template '%s' has fields, so a "
          + "partition can hold many: declare it List<%s>"),

  DOCUMENT_NOT_RECORD("SableDocumentNotRecord",
      "@Document %s is not a record: declare it as 'record %s(...)', whose components are stored as a map"),

  // Processing
  KEY_ANNOTATION_WITHOUT_ENTITY("SableKeyWithoutEntity",
      "@%s on %s has no effect without @Entity: add @Entity(table = ...)"),
  LATE_ENTITY("SableLateEntity",
      "@Entity %s was generated in a later processing round than table %s, whose class is already "
          + "written: declare the entity in source"),
  INTERNAL_ERROR("SableInternalError",
      "Sable's processor failed on %s: %s. This is a bug in Sable; please report it with this message");

  private final String tag;
  private final String format;
  private final Diagnostic.Kind kind;

  Message(String tag, String format) {
    this(tag, format, Diagnostic.Kind.ERROR);
  }

  Message(String tag, String format, Diagnostic.Kind kind) {
    this.tag = tag;
    this.format = format;
    this.kind = kind;
  }

  /** The stable tag, such as {@code SableUnservedAccessPattern}. */
  public String tag() {
    return tag;
  }

  /** Error or warning. */
  public Diagnostic.Kind kind() {
    return kind;
  }

  /** The message text with its tag, such as {@code [SableUnknownIndex] Index GSI9 is ...}. */
  public String format(Object... arguments) {
    return "[" + tag + "] " + String.format(format, arguments);
  }
}
