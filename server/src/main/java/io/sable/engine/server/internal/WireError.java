package io.sable.engine.server.internal;

import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkPojo;

/**
 * An error answer as DynamoDB sends it: an HTTP status and a JSON body with {@code __type}
 * ({@code <namespace>#<code>}), the message (under {@code message}, or {@code Message} where
 * DynamoDB capitalises it), and any modelled members of the error (such as
 * ConditionalCheckFailedException's {@code Item}).
 *
 * <p>The namespaces and spellings follow what DynamoDB sends: its own errors under {@code
 * com.amazonaws.dynamodb.v20120810}, request validation under {@code com.amazon.coral.validate},
 * protocol and authentication errors under {@code com.amazon.coral.service}, and throttling under
 * {@code com.amazon.coral.availability}.
 *
 * @param status the HTTP status code
 * @param code the error code, such as {@code ResourceNotFoundException}
 * @param message the message, or null for an error DynamoDB sends without one
 * @param members the error's modelled members to write after the message, or null
 */
public record WireError(int status, String code, String message, SdkPojo members) {
  private static final String DYNAMODB = "com.amazonaws.dynamodb.v20120810#";
  private static final Map<String, String> NAMESPACES =
      Map.ofEntries(
          Map.entry("ValidationException", "com.amazon.coral.validate#"),
          Map.entry("ThrottlingException", "com.amazon.coral.availability#"),
          Map.entry("SerializationException", "com.amazon.coral.service#"),
          Map.entry("UnknownOperationException", "com.amazon.coral.service#"),
          Map.entry("MissingAuthenticationTokenException", "com.amazon.coral.service#"),
          Map.entry("IncompleteSignatureException", "com.amazon.coral.service#"),
          Map.entry("InvalidSignatureException", "com.amazon.coral.service#"),
          Map.entry("UnrecognizedClientException", "com.amazon.coral.service#"),
          Map.entry("AccessDeniedException", "com.amazon.coral.service#"));

  private static final int BAD_REQUEST = 400;
  private static final String UNKNOWN_OPERATION = "Unknown operation exception";

  /** The {@code __type} value: namespace, {@code #}, code. */
  public String type() {
    return NAMESPACES.getOrDefault(code, DYNAMODB) + code;
  }

  /**
   * The member name of the message: {@code Message} for SerializationException and
   * TransactionCanceledException, as DynamoDB capitalises it there; {@code message} otherwise.
   */
  public String messageMember() {
    return code.equals("SerializationException") || code.equals("TransactionCanceledException")
        ? "Message"
        : "message";
  }

  /**
   * A malformed body or a member of the wrong JSON type.
   *
   * @param message what is wrong, never null: for a member of the wrong type DynamoDB's own
   *     words; for a body that is not JSON, where real DynamoDB sends no message at all ({@code
   *     {"__type":"com.amazon.coral.service#SerializationException"}}, captured in
   *     aws-sdk-unity issue 54), the parser's reason and position
   */
  public static WireError serialization(String message) {
    return new WireError(
        BAD_REQUEST, "SerializationException", java.util.Objects.requireNonNull(message), null);
  }

  /**
   * An {@code X-Amz-Target} that names no operation of the service, or none at all: real
   * DynamoDB's message, "Unknown operation exception" (captured from DynamoDB in boto/boto3
   * issue 1542 and aws/aws-toolkit-jetbrains issue 2956).
   */
  public static WireError unknownOperation() {
    return new WireError(BAD_REQUEST, "UnknownOperationException", UNKNOWN_OPERATION, null);
  }

  /**
   * An operation of DynamoDB's API that this server's client does not implement (its SDK
   * interface's default throws {@link UnsupportedOperationException}): DynamoDB's unknown
   * operation, with a message naming it, so that it is refused, never silently ignored.
   *
   * @param target the {@code X-Amz-Target}, such as {@code DynamoDB_20120810.ExecuteStatement}
   */
  public static WireError unsupportedOperation(String target) {
    String name = target.substring(target.indexOf('.') + 1);
    return new WireError(
        BAD_REQUEST,
        "UnknownOperationException",
        UNKNOWN_OPERATION + ": " + name + " is not implemented by this server",
        null);
  }

  /** A request with no SigV4 {@code Authorization} header. */
  public static WireError missingAuthenticationToken() {
    return new WireError(
        BAD_REQUEST,
        "MissingAuthenticationTokenException",
        "Request is missing Authentication Token",
        null);
  }

  /** A SigV4 {@code Authorization} header that lacks a part. */
  public static WireError incompleteSignature(String message) {
    return new WireError(BAD_REQUEST, "IncompleteSignatureException", message, null);
  }

  /** A SigV4 signature that does not match the request. */
  public static WireError invalidSignature(String message) {
    return new WireError(BAD_REQUEST, "InvalidSignatureException", message, null);
  }

  /** An access key id the server does not know. */
  public static WireError unrecognizedClient() {
    return new WireError(
        BAD_REQUEST,
        "UnrecognizedClientException",
        "The security token included in the request is invalid.",
        null);
  }

  /** Too many requests in flight: the client should back off and retry (HTTP 503). */
  public static WireError throttling() {
    return new WireError(
        503, "ThrottlingException", "Rate of requests exceeds the allowed throughput.", null);
  }

  /** An unexpected failure inside the server (HTTP 500). */
  public static WireError internalServerError() {
    return new WireError(500, "InternalServerError", "Internal server error", null);
  }

  /**
   * The answer for an exception the engine threw as the SDK throws DynamoDB's errors: its error
   * code, status, message, and modelled members (the exception's own SDK fields).
   */
  public static WireError of(AwsServiceException e) {
    String code = e.awsErrorDetails() != null ? e.awsErrorDetails().errorCode() : null;
    String message = e.awsErrorDetails() != null ? e.awsErrorDetails().errorMessage() : null;
    if (code == null) {
      return internalServerError();
    }
    int status = e.statusCode() > 0 ? e.statusCode() : BAD_REQUEST;
    return new WireError(status, code, message, e.sdkFields().isEmpty() ? null : e);
  }
}
