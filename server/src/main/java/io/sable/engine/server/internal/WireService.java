package io.sable.engine.server.internal;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkPojo;

/**
 * One DynamoDB JSON 1.0 request in, one answer out, with no HTTP library in sight: routes by
 * {@code X-Amz-Target}, checks the signature ({@link #refusal}, before the request takes an
 * in-flight slot), reads the body into the SDK request, calls the client, and writes its response
 * or error as DynamoDB would ({@link #answer}).
 *
 * <p>The checks run in DynamoDB's order: a body that is not JSON is a SerializationException
 * before anything else; then an unknown target is UnknownOperationException; then the signature;
 * then the members' JSON types (SerializationException); then the client's own validation.
 * Thread-safe.
 */
public final class WireService {
  private final Operations operations;
  private final SigV4 sigV4;

  /** A service over {@code operations}, checking signatures with {@code sigV4}. */
  public WireService(Operations operations, SigV4 sigV4) {
    this.operations = operations;
    this.sigV4 = sigV4;
  }

  /** An answer: HTTP status and JSON body. */
  public record Answer(int status, byte[] body) {}

  /**
   * The answer refusing {@code request} before it is admitted, or null if it may go on: checks the
   * body's form, the target and the signature, in DynamoDB's order (see the class comment). Cheap
   * enough for the event loop: at most a parse of the body's JSON and a hash of it.
   *
   * @param request the request (method, URI, headers and body, for the signature)
   * @param target the {@code X-Amz-Target} header, or null
   */
  public Answer refusal(SigV4.Request request, String target) {
    if (operations.find(target) == null) {
      return error(wellFormedOr(request, WireError.unknownOperation()).error());
    }
    try {
      sigV4.check(request);
      return null;
    } catch (WireException e) {
      return error(wellFormedOr(request, e.error()).error());
    }
  }

  /**
   * Answers {@code request}, which {@link #refusal} let through: reads the body into the SDK
   * request, calls the client, and writes its response or error.
   *
   * @param request the request
   * @param target the {@code X-Amz-Target} header
   */
  public Answer answer(SigV4.Request request, String target) {
    try {
      return new Answer(200, JsonWriter.write(call(request, target)));
    } catch (WireException e) {
      return error(e.error());
    }
  }

  /** The answer for {@code error}. */
  public static Answer error(WireError error) {
    return new Answer(error.status(), JsonWriter.write(error));
  }

  private SdkPojo call(SigV4.Request request, String target) {
    Operations.Operation operation = operations.find(target);
    if (operation == null) {
      throw wellFormedOr(request, WireError.unknownOperation());
    }
    Object sdkRequest = JsonReader.read(request.body(), operation.newRequestBuilder());
    try {
      return operation.invoke(sdkRequest);
    } catch (AwsServiceException e) {
      throw new WireException(WireError.of(e));
    } catch (UnsupportedOperationException e) {
      throw new WireException(WireError.unsupportedOperation(operation.target()));
    } catch (WireException e) {
      throw e;
    } catch (Throwable e) {
      if (e instanceof Error error && !(e instanceof StackOverflowError)) {
        throw error;
      }
      throw new WireException(WireError.internalServerError());
    }
  }

  private static WireException wellFormedOr(SigV4.Request request, WireError error) {
    WireError malformation = JsonReader.malformation(request.body());
    return new WireException(malformation == null ? error : malformation);
  }
}
