package io.sable.engine.server.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;

/** The one Jackson factory of the server: thread-safe, shared by every reader and writer. */
final class Json {
  /**
   * The factory. Nesting is capped at 1,000 levels: deeper than any valid DynamoDB document (32
   * levels) with room for the request around it, and shallow enough to never overflow the stack.
   */
  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(1000).build())
          .build();

  private Json() {}
}
