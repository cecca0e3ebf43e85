package io.sable.engine.api.internal;

import io.sable.engine.transfer.TransferSettings;
import io.sable.engine.value.InvalidRequestException;

/** What export and import share: the S3 root they need. */
final class TransferOperations {
  /** The message of an export or import on an engine without an S3 root. */
  static final String NO_S3_ROOT =
      " needs an S3 root, a local directory whose folders are buckets: start the engine with"
          + " SableEngine.builder().s3Root(directory), or the server with serve --s3-root DIR";

  private TransferOperations() {}

  /**
   * Refuses {@code operation} if the engine has no S3 root.
   *
   * @throws InvalidRequestException (a ValidationException) naming the option
   */
  static void requireS3Root(TransferSettings settings, String operation) {
    if (settings.s3Root() == null) {
      throw new InvalidRequestException(operation + NO_S3_ROOT);
    }
  }
}
