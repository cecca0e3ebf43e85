package io.sable.runtime.stream;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.transformers.v2.DynamodbEventTransformer;
import java.util.List;

/**
 * Decodes the DynamoDB Streams event an AWS Lambda function receives ({@code DynamodbEvent}, from
 * {@code com.amazonaws:aws-lambda-java-events}).
 *
 * <p>The records are converted to the AWS SDK's {@code Record} by AWS's own {@code
 * aws-lambda-java-events-sdk-transformer} and then decoded by a {@link StreamDecoder}. Both
 * libraries are optional dependencies of {@code sable-runtime}: a Lambda function that uses this
 * class declares them itself.
 *
 * <pre>{@code
 * public Void handleRequest(DynamodbEvent event, Context context) {
 *   for (ChangeEvent change : LambdaStreamRecords.decode(shop.streamDecoder(), event)) { ... }
 *   return null;
 * }
 * }</pre>
 */
public final class LambdaStreamRecords {
  private LambdaStreamRecords() {}

  /**
   * The changes of the event's records, in the event's order.
   *
   * @throws IllegalArgumentException as {@link StreamDecoder#decode} throws it
   */
  public static List<ChangeEvent> decode(StreamDecoder decoder, DynamodbEvent event) {
    return decoder.decodeAll(DynamodbEventTransformer.toRecordsV2(event));
  }
}
