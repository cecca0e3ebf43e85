package io.sable.engine.storage;

import static io.sable.engine.storage.DurableEngines.createTable;
import static io.sable.engine.storage.DurableEngines.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * A Time to Live deletion is logged like any write: after a crash the item stays deleted and its
 * stream record still says DynamoDB deleted it (Developer Guide, "DynamoDB Streams and Time to
 * Live": the record's userIdentity is of type Service, principal dynamodb.amazonaws.com).
 */
class TimeToLiveDurabilityTest {
  @TempDir Path directory;
  private final ManualClock clock = new ManualClock(DurableEngines.START);

  @Test
  void recover_afterTimeToLiveDeletionAndCrash_keepsItDeletedWithItsServiceStreamRecord() {
    SableEngine engine = DurableEngines.open(directory, clock);
    createTable(engine.dynamoDbClient(), "sessions");
    engine.dynamoDbClient().updateTable(b -> b.tableName("sessions")
        .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.OLD_IMAGE)));
    engine.dynamoDbClient().updateTimeToLive(b -> b.tableName("sessions")
        .timeToLiveSpecification(t -> t.enabled(true).attributeName("expires")));
    long expires = DurableEngines.START.getEpochSecond() + 60;
    engine.dynamoDbClient().putItem(b -> b.tableName("sessions").item(Map.of(
        "pk", AttributeValue.fromS("s"), "sk", AttributeValue.fromS("1"),
        "expires", AttributeValue.fromN(Long.toString(expires)))));
    clock.advance(Duration.ofMinutes(5));
    assertThat(engine.sweepExpiredItems()).isEqualTo(1);
    engine.durableStore().crash();

    try (SableEngine recovered = DurableEngines.open(directory, clock)) {
      assertThat(scan(recovered.dynamoDbClient(), "sessions")).isEmpty();
      assertThat(recovered.dynamoDbClient().describeTimeToLive(b -> b.tableName("sessions"))
          .timeToLiveDescription().attributeName()).isEqualTo("expires");
      List<Record> records = records(recovered.dynamoDbStreamsClient());
      assertThat(records).extracting(Record::eventName)
          .containsExactly(OperationType.INSERT, OperationType.REMOVE);
      assertThat(records.get(1).userIdentity().principalId()).isEqualTo("dynamodb.amazonaws.com");
      assertThat(records.get(1).dynamodb().approximateCreationDateTime())
          .isEqualTo(DurableEngines.START.plus(Duration.ofMinutes(5)));
    }
  }

  private static List<Record> records(DynamoDbStreamsClient streams) {
    String arn = streams.listStreams(b -> b.tableName("sessions")).streams().get(0).streamArn();
    String shard = streams.describeStream(b -> b.streamArn(arn)).streamDescription().shards().get(0).shardId();
    String iterator = streams.getShardIterator(b -> b.streamArn(arn).shardId(shard)
        .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
    return streams.getRecords(b -> b.shardIterator(iterator)).records();
  }
}
