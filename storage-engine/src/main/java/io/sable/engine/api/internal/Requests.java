package io.sable.engine.api.internal;

import io.sable.engine.table.Table;
import io.sable.engine.table.Tables;
import io.sable.engine.value.InvalidRequestException;
import java.util.UUID;

/** Checks shared by every operation: table names and table lookup. */
final class Requests {
  static final String INVALID_NAME =
      "Invalid table/index name.  Table/index names must be between 3 and 255 characters long, and"
          + " may contain only the characters a-z, A-Z, 0-9, '_', '-', and '.'";

  private Requests() {}

  /**
   * Rejects a missing or malformed table or index name.
   *
   * @throws InvalidRequestException with DynamoDB's message
   */
  static void checkName(String name, String parameter) {
    if (name == null) {
      throw new InvalidRequestException(
          "Value null at '" + parameter + "' failed to satisfy constraint: Member must not be null");
    }
    if (!isValidName(name)) {
      throw new InvalidRequestException(INVALID_NAME);
    }
  }

  private static boolean isValidName(String name) {
    int length = name.length();
    if (length < 3 || length > 255) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = name.charAt(i);
      boolean valid =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || c == '-'
              || c == '.';
      if (!valid) {
        return false;
      }
    }
    return true;
  }

  /**
   * A random (version 4) UUID from a fast, non-cryptographic source: request ids and table ids
   * need uniqueness, not secrecy, and {@link UUID#randomUUID()} costs a SecureRandom seeding on
   * first use.
   */
  static String randomUuid() {
    java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
    return new UUID(high, low).toString();
  }

  /**
   * The table named {@code name}.
   *
   * @throws InvalidRequestException if the name is malformed
   * @throws software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException if there is
   *     no such table ("Requested resource not found", DynamoDB's text for item operations)
   */
  static Table table(Tables tables, String name) {
    checkName(name, "tableName");
    Table table = tables.get(name);
    if (table == null || table.creating()) {
      throw Errors.resourceNotFound("Requested resource not found");
    }
    return table;
  }
}
