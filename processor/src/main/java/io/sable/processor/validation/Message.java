package io.sable.processor.validation;

import javax.tools.Diagnostic;

/**
 * Every message the processor reports. Each starts with a stable tag in brackets, uses DynamoDB's
 * terms, and says how to fix the problem. Arguments are filled in with {@link String#format}.
 */
public enum Message {
  INVALID_TABLE_NAME("SableInvalidTableName",
      "Table name '%s' is not a valid DynamoDB table name: use 3 to 255 characters from a-z, A-Z, 0-9, "
          + "'_', '-' and '.'"),
  INVALID_INDEX_NAME("SableInvalidIndexName",
      "Index name '%s' is not a valid DynamoDB index name: use 3 to 255 characters from a-z, A-Z, 0-9, "
          + "'_', '-' and '.'"),
  DUPLICATE_INDEX("SableDuplicateIndex",
      "Index %s is declared twice on table %s: give each global secondary index its own name"),
  TOO_MANY_INDEXES("SableTooManyIndexes",
      "Table %s declares %d global secondary indexes, and DynamoDB allows at most 20 per table: share "
          + "generic index attributes across entity types (GSI overloading) instead"),
  EMPTY_ATTRIBUTE_NAME("SableEmptyAttributeName",
      "The %s attribute name is empty: DynamoDB attribute names need at least one character"),
  KEY_ATTRIBUTE_REUSED("SableKeyAttributeReused",
      "Attribute '%s' is both the %s and the %s: give every key attribute and the entity type attribute "
          + "its own name"),
  ENTITY_NOT_RECORD("SableEntityNotRecord",
      "@Entity %s is not a record: declare it as 'record %s(...)', whose components are stored as attributes"),
  ENTITY_TABLE_MISSING("SableEntityTableMissing",
      "@Entity %s names table type %s, which has no @Table: annotate %s with @Table, or name a @Table type"),
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
  MALFORMED_TEMPLATE("SableMalformedKeyTemplate",
      "%s: write each field as {field}, and separate two fields with a literal, as in {a}#{b}"),
  EMPTY_TEMPLATE("SableEmptyKeyTemplate",
      "The key template is empty, and DynamoDB key values cannot be empty strings: write a literal, a "
          + "field, or both"),
  TEMPLATE_LITERAL_NOT_ASCII("SableKeyTemplateLiteral",
      "Key template '%s' has the character '%s' in its literal text: use printable ASCII characters in "
          + "literals, such as '#'"),
  UNKNOWN_TEMPLATE_FIELD("SableUnknownTemplateField",
      "Key template '%s' names {%s}, which is not a component of %s: %s"),
  UNSUPPORTED_KEY_FIELD_TYPE("SableUnsupportedKeyFieldType",
      "Key template '%s' uses {%s} of type %s, which has no order-preserving key encoding: use a String, "
          + "an integer or decimal number, a boolean, a LocalDate, LocalDateTime or Instant, a UUID or an "
          + "enum"),
  UNSUPPORTED_FIELD_TYPE("SableUnsupportedFieldType",
      "Component %s has the type %s, which Sable cannot store: use a String, a number, a boolean, a "
          + "character, a java.time type, a UUID, a URI, an enum, byte[] or SdkBytes"),
  RESERVED_FIELD_NAME("SableReservedFieldName",
      "Component %s has the name of the table's %s attribute, which Sable computes: rename the component"),
  UNKNOWN_INDEX("SableUnknownIndex",
      "Index %s is not declared on table %s: declare it in @Table(indexes = ...)%s"),
  DUPLICATE_INDEX_KEY("SableDuplicateIndexKey",
      "@Entity %s has two @IndexKey for index %s: keep one"),
  MISSING_INDEX_SORT_KEY("SableMissingIndexSortKey",
      "Index %s has the sort key '%s' but this @IndexKey has no sortKey template: add sortKey = \"...\""),
  UNEXPECTED_INDEX_SORT_KEY("SableUnexpectedIndexSortKey",
      "Index %s has no sort key, so this sortKey template cannot be stored: remove it, or declare a sort "
          + "key on the index"),
  INVALID_INCLUDE_WHEN("SableInvalidIncludeWhen",
      "includeWhen names '%s', which is not a no-argument boolean method of %s: add 'boolean %s()' to the "
          + "record, or name an existing one"),
  INVALID_ACCESS_PATTERN_NAME("SableInvalidAccessPatternName",
      "Access pattern name '%s' %s: rename the access pattern"),
  DUPLICATE_ACCESS_PATTERN("SableDuplicateAccessPattern",
      "@Entity %s has two access patterns named '%s': give each its own name"),
  UNKNOWN_BIND_FIELD("SableUnknownBindField",
      "Access pattern '%s' binds '%s', which is not a component of %s: %s"),
  UNSERVED_ACCESS_PATTERN("SableUnservedAccessPattern",
      "Access pattern '%s' cannot be served by a GetItem or Query on %s: %s"),
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
