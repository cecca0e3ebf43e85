package io.sable.engine.server.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;

/** The one Jackson factory of the server: thread-safe, shared by every reader and writer. */
final class Json {
  /**
   * The longest member name the reader accepts, in bytes of the body: 1 MiB. DynamoDB allows
   * attribute names (map keys of items, keys and expression attribute names) of up to 64 KB
   * ("Attribute names must be at least one character long and less than 64 KB in size":
   * Supported data types and naming rules in Amazon DynamoDB,
   * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html),
   * and Jackson's default (50,000) refused names of 50-64 KB with a SerializationException. The
   * bound is well above DynamoDB's, with room for names written with escapes, so that the engine,
   * not the JSON reader, refuses a name that is too long, with DynamoDB's ValidationException.
   */
  static final int MAX_NAME_BYTES = 1 << 20;

  /**
   * The factory. Nesting is capped at 1,000 levels: deeper than any valid DynamoDB document (32
   * levels) with room for the request around it, and shallow enough to never overflow the stack.
   * Member names are not canonicalized (interned in a table shared across requests): they are
   * user data here (attribute names of up to 64 KB), and a shared table would keep them alive.
   */
  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(1000)
              .maxNameLength(MAX_NAME_BYTES)
              .build())
          .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
          .build();

  private Json() {}
}
