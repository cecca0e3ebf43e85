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

  /**
   * The {@code NextToken} of a page that continues at {@code arn}: the ARN's UTF-8 bytes in hex,
   * padded with zero bytes to a multiple of 16 digits and at least 112, as ListImports' model
   * requires of its tokens ({@code ([0-9a-f]{16})+}, length 112 or more).
   */
  static String nextToken(String arn) {
    StringBuilder hex =
        new StringBuilder(java.util.HexFormat.of().formatHex(arn.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    while (hex.length() < 112 || hex.length() % 16 != 0) {
      hex.append('0');
    }
    return hex.toString();
  }

  /**
   * The ARN a {@link #nextToken} names.
   *
   * @throws InvalidRequestException if {@code token} is not one
   */
  static String arnOf(String token) {
    try {
      byte[] bytes = java.util.HexFormat.of().parseHex(token.length() % 2 == 0 ? token : token + "0");
      int end = bytes.length;
      while (end > 0 && bytes[end - 1] == 0) {
        end--;
      }
      return new String(bytes, 0, end, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("Invalid NextToken: " + token);
    }
  }
}
