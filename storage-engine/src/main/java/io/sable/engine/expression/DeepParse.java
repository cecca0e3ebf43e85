package io.sable.engine.expression;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a recursive-descent parse, and, if the caller's thread runs out of stack on a deeply nested
 * expression (a 4 KB expression can nest a thousand levels), runs it again on a thread with a large
 * stack, so that deep input gets DynamoDB's answer instead of a {@link StackOverflowError}.
 */
final class DeepParse {
  private static final long DEEP_STACK_BYTES = 256L * 1024 * 1024;

  private DeepParse() {}

  static <T> T run(Supplier<T> parse) {
    try {
      return parse.get();
    } catch (StackOverflowError shallowStack) {
      return onLargeStack(parse);
    }
  }

  private static <T> T onLargeStack(Supplier<T> parse) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                result.set(parse.get());
              } catch (RuntimeException e) {
                failure.set(e);
              }
            },
            "sable-deep-parse",
            DEEP_STACK_BYTES);
    thread.start();
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    return result.get();
  }
}
