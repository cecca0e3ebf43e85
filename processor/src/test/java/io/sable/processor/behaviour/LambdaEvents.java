package io.sable.processor.behaviour;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.Identity;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;

/**
 * Builds the {@code DynamodbEvent} a Lambda function would receive for stream records read with
 * the SDK, as Lambda's event source mapping builds it (same members, Lambda's model classes).
 */
final class LambdaEvents {
  private LambdaEvents() {}

  static DynamodbEvent of(List<Record> records) {
    DynamodbEvent event = new DynamodbEvent();
    event.setRecords(records.stream().map(LambdaEvents::record).toList());
    return event;
  }

  private static DynamodbEvent.DynamodbStreamRecord record(Record sdk) {
    DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
    record.setEventID(sdk.eventID());
    record.setEventName(sdk.eventNameAsString());
    record.setEventSource(sdk.eventSource());
    record.setAwsRegion(sdk.awsRegion());
    record.setEventSourceARN("arn:aws:dynamodb:us-east-1:000000000000:table/Shop/stream/label");
    if (sdk.userIdentity() != null) {
      Identity identity = new Identity();
      identity.setType(sdk.userIdentity().type());
      identity.setPrincipalId(sdk.userIdentity().principalId());
      record.setUserIdentity(identity);
    }
    StreamRecord change = new StreamRecord();
    change.setApproximateCreationDateTime(Date.from(sdk.dynamodb().approximateCreationDateTime()));
    change.setKeys(image(sdk.dynamodb().keys()));
    if (sdk.dynamodb().hasNewImage()) {
      change.setNewImage(image(sdk.dynamodb().newImage()));
    }
    if (sdk.dynamodb().hasOldImage()) {
      change.setOldImage(image(sdk.dynamodb().oldImage()));
    }
    change.setSequenceNumber(sdk.dynamodb().sequenceNumber());
    change.setSizeBytes(sdk.dynamodb().sizeBytes());
    change.setStreamViewType(com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType
        .fromValue(sdk.dynamodb().streamViewTypeAsString()));
    record.setDynamodb(change);
    return record;
  }

  private static Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> image(
      Map<String, AttributeValue> image) {
    Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> converted =
        new LinkedHashMap<>();
    image.forEach((name, value) -> converted.put(name, value(value)));
    return converted;
  }

  private static com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue value(AttributeValue v) {
    var lambda = new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue();
    switch (v.type()) {
      case S -> lambda.setS(v.s());
      case N -> lambda.setN(v.n());
      case B -> lambda.setB(v.b().asByteBuffer());
      case BOOL -> lambda.setBOOL(v.bool());
      case NUL -> lambda.setNULL(true);
      case SS -> lambda.setSS(v.ss());
      case NS -> lambda.setNS(v.ns());
      case BS -> lambda.setBS(v.bs().stream().map(SdkBytes::asByteBuffer).toList());
      case L -> lambda.setL(v.l().stream().map(LambdaEvents::value).toList());
      case M -> lambda.setM(image(v.m()));
      default -> throw new IllegalArgumentException("unknown attribute value " + v);
    }
    return lambda;
  }
}
