package io.sable.annotations;

/**
 * The type of a key attribute, as DynamoDB's {@code AttributeDefinition} declares it.
 *
 * <p>A {@link #STRING} key holds a key template's value. A {@link #NUMBER} or {@link #BINARY} key
 * holds one field as is: its template must be just {@code {field}}, of a numeric type or {@code
 * byte[]}/{@code SdkBytes}.
 */
public enum KeyType {
  /** {@code S}: a string. */
  STRING,
  /** {@code N}: a number, compared numerically. */
  NUMBER,
  /** {@code B}: binary, compared by unsigned bytes. */
  BINARY
}
