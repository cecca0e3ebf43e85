package io.sable.engine.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;

/**
 * GetShardIterator and GetRecords at the edges: each iterator type, paging, the end of a closed
 * shard, expiry after 15 minutes, trimming after 24 hours, shard rollover and lineage.
 */
class ShardIteratorTest {
  private final StreamFixture fixture = new StreamFixture();
  private String arn;

  @AfterEach
  void close() {
    fixture.close();
  }

  private String shardId() {
    return fixture.shards(arn).get(0).shardId();
  }

  private String iterator(ShardIteratorType type, String sequenceNumber) {
    return fixture.streams.getShardIterator(b -> b.streamArn(arn).shardId(shardId())
        .shardIteratorType(type).sequenceNumber(sequenceNumber)).shardIterator();
  }

  private GetRecordsResponse read(String iterator, Integer limit) {
    return fixture.streams.getRecords(b -> b.shardIterator(iterator).limit(limit));
  }

  private static List<String> keys(GetRecordsResponse response) {
    return response.records().stream().map(r -> r.dynamodb().keys().get("pk").s()).toList();
  }

  private void writeThree() {
    arn = fixture.createTable("events", StreamViewType.KEYS_ONLY);
    fixture.put("events", "pk", "a");
    fixture.put("events", "pk", "b");
    fixture.put("events", "pk", "c");
  }

  @Test
  void getRecords_whenEachIteratorType_startsWhereTheTypeSays() {
    writeThree();
    String second = "000000000000000000002";

    assertThat(keys(read(iterator(ShardIteratorType.TRIM_HORIZON, null), null))).containsExactly("a", "b", "c");
    assertThat(keys(read(iterator(ShardIteratorType.AT_SEQUENCE_NUMBER, second), null))).containsExactly("b", "c");
    assertThat(keys(read(iterator(ShardIteratorType.AFTER_SEQUENCE_NUMBER, second), null))).containsExactly("c");
    String latest = iterator(ShardIteratorType.LATEST, null);
    fixture.put("events", "pk", "d");
    assertThat(keys(read(latest, null))).containsExactly("d");
  }

  @Test
  void getRecords_whenLimited_pagesWithNextShardIteratorAndReusedIteratorsRepeat() {
    writeThree();
    String first = iterator(ShardIteratorType.TRIM_HORIZON, null);

    GetRecordsResponse page1 = read(first, 2);
    GetRecordsResponse page2 = read(page1.nextShardIterator(), 2);
    GetRecordsResponse empty = read(page2.nextShardIterator(), 2);

    assertThat(keys(page1)).containsExactly("a", "b");
    assertThat(keys(page2)).containsExactly("c");
    assertThat(keys(empty)).isEmpty();
    assertThat(empty.nextShardIterator()).as("an open shard always has a next iterator").isNotNull();
    assertThat(keys(read(first, 2))).as("an iterator can be used again").containsExactly("a", "b");
  }

  @Test
  void getRecords_whenClosedShardReadToItsEnd_hasNoNextShardIterator() {
    writeThree();
    String first = iterator(ShardIteratorType.TRIM_HORIZON, null);
    fixture.dynamoDb.updateTable(b -> b.tableName("events").streamSpecification(s -> s.streamEnabled(false)));

    GetRecordsResponse page1 = read(first, 2);
    GetRecordsResponse page2 = read(page1.nextShardIterator(), 2);
    GetRecordsResponse latest = read(iterator(ShardIteratorType.LATEST, null), null);

    assertThat(page1.nextShardIterator()).isNotNull();
    assertThat(keys(page2)).containsExactly("c");
    assertThat(page2.nextShardIterator()).isNull();
    assertThat(latest.records()).isEmpty();
    assertThat(latest.nextShardIterator()).isNull();
  }

  @Test
  void getRecords_whenIteratorOlderThan15Minutes_throwsExpiredIterator() {
    writeThree();
    String iterator = iterator(ShardIteratorType.TRIM_HORIZON, null);
    fixture.clock.advance(Duration.ofMinutes(14).plusSeconds(59));
    String next = read(iterator, 1).nextShardIterator();
    fixture.clock.advance(Duration.ofSeconds(1));

    assertThatThrownBy(() -> read(iterator, 1)).isInstanceOf(ExpiredIteratorException.class)
        .hasMessageContaining("A shard iterator expires 15 minutes after it is retrieved");
    assertThat(keys(read(next, 1))).as("a next iterator gets 15 minutes of its own").containsExactly("b");
  }

  @Test
  void getRecords_whenRecordsOlderThan24Hours_trimsThemAndRejectsIteratorsBehind() {
    writeThree();
    fixture.clock.advance(Duration.ofHours(12));
    fixture.put("events", "pk", "d");
    fixture.clock.advance(Duration.ofHours(12).minusMinutes(5));
    String behind = iterator(ShardIteratorType.TRIM_HORIZON, null);
    assertThat(keys(read(behind, 1))).as("23h55m old: still there").containsExactly("a");
    fixture.clock.advance(Duration.ofMinutes(5));

    assertThatThrownBy(() -> read(behind, null)).isInstanceOf(TrimmedDataAccessException.class)
        .hasMessageContaining("The data you are trying to access has been trimmed");
    assertThatThrownBy(() -> iterator(ShardIteratorType.AT_SEQUENCE_NUMBER, "000000000000000000002"))
        .isInstanceOf(TrimmedDataAccessException.class);
    GetRecordsResponse drained = read(iterator(ShardIteratorType.TRIM_HORIZON, null), null);
    assertThat(drained.records()).isEmpty();
    assertThat(drained.nextShardIterator()).as("a closed shard trimmed to its end").isNull();
    assertThat(fixture.readAll(arn)).extracting(r -> r.dynamodb().keys().get("pk").s())
        .containsExactly("d");
  }

  @Test
  void getShardIterator_whenSequenceNumberOutsideTheShard_isInvalid() {
    writeThree();

    assertThatThrownBy(() -> iterator(ShardIteratorType.AT_SEQUENCE_NUMBER, "000000000000000000009"))
        .isInstanceOf(DynamoDbException.class).hasMessageStartingWith("Invalid SequenceNumber for the shard");
    assertThatThrownBy(() -> iterator(ShardIteratorType.AT_SEQUENCE_NUMBER, "0000000000000000000x1"))
        .hasMessageStartingWith("Invalid SequenceNumber for the shard");
    assertThatThrownBy(() -> fixture.streams.getRecords(b -> b.shardIterator("garbage")))
        .hasMessageStartingWith("Invalid ShardIterator");
    assertThatThrownBy(() -> fixture.streams.getShardIterator(b -> b.streamArn(arn)
        .shardId("shardId-00000000000000000000-00000000").shardIteratorType(ShardIteratorType.LATEST)))
        .isInstanceOf(ResourceNotFoundException.class).hasMessageStartingWith("Shard does not exist");
  }

  @Test
  void describeStream_whenShardOutlivesItsLifetime_rollsOverToAChildShard() {
    writeThree();
    fixture.clock.advance(Duration.ofHours(4));
    fixture.put("events", "pk", "d");

    List<Shard> shards = fixture.shards(arn);

    assertThat(shards).hasSize(2);
    assertThat(shards.get(0).sequenceNumberRange().endingSequenceNumber()).isEqualTo("000000000000000000003");
    assertThat(shards.get(1).parentShardId()).isEqualTo(shards.get(0).shardId());
    assertThat(shards.get(1).sequenceNumberRange().startingSequenceNumber()).isEqualTo("000000000000000000004");
    assertThat(shards.get(1).sequenceNumberRange().endingSequenceNumber()).isNull();
    assertThat(fixture.readAll(arn)).extracting(r -> r.dynamodb().keys().get("pk").s())
        .containsExactly("a", "b", "c", "d");
  }

  @Test
  void describeStream_whenShardFilterNamesAParent_returnsOnlyItsChildShards() {
    // API Reference (DynamoDB Streams), DescribeStream ShardFilter: Type CHILD_SHARDS returns the
    // child shards of the shard named by ShardId.
    writeThree();
    fixture.clock.advance(Duration.ofHours(4));
    fixture.put("events", "pk", "d");
    List<Shard> shards = fixture.shards(arn);
    String parent = shards.get(0).shardId();

    List<Shard> children = fixture.streams.describeStream(b -> b.streamArn(arn)
        .shardFilter(f -> f.type(software.amazon.awssdk.services.dynamodb.model.ShardFilterType.CHILD_SHARDS)
            .shardId(parent))).streamDescription().shards();

    assertThat(children).extracting(Shard::shardId).containsExactly(shards.get(1).shardId());
    assertThat(fixture.streams.describeStream(b -> b.streamArn(arn)
        .shardFilter(f -> f.type("CHILD_SHARDS").shardId(shards.get(1).shardId())))
        .streamDescription().shards()).isEmpty();
  }

  @Test
  void describeStream_whenClosedShardTrimmedForADay_dropsItAndDisabledStreamsGoToo() {
    writeThree();
    String first = shardId();
    fixture.clock.advance(Duration.ofHours(4));
    fixture.put("events", "pk", "d");
    fixture.clock.advance(Duration.ofHours(24).minusMillis(1));
    assertThat(fixture.shards(arn)).extracting(Shard::shardId).startsWith(first);
    fixture.clock.advance(Duration.ofMillis(1));

    List<Shard> shards = fixture.shards(arn);

    assertThat(shards).extracting(Shard::shardId).doesNotContain(first);
    assertThat(shards.get(0).parentShardId()).as("the parent is no longer listed").isEqualTo(first);
    assertThat(fixture.readAll(arn)).isEmpty();

    fixture.dynamoDb.updateTable(b -> b.tableName("events").streamSpecification(s -> s.streamEnabled(false)));
    fixture.clock.advance(Duration.ofHours(24).minusMillis(1));
    assertThat(fixture.streams.listStreams().streams()).hasSize(1);
    fixture.clock.advance(Duration.ofMillis(1));
    assertThat(fixture.streams.listStreams().streams()).isEmpty();
    assertThatThrownBy(() -> fixture.shards(arn)).isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void describeStream_whenManyShardLineages_pagesWithLastEvaluatedShardId() {
    try (StreamFixture many = new StreamFixture(5)) {
      String streamArn = many.createTable("events", StreamViewType.KEYS_ONLY);
      for (int i = 0; i < 50; i++) {
        many.put("events", "pk", "item-" + i);
      }

      var page1 = many.streams.describeStream(b -> b.streamArn(streamArn).limit(3)).streamDescription();
      var page2 = many.streams.describeStream(b -> b.streamArn(streamArn).limit(3)
          .exclusiveStartShardId(page1.lastEvaluatedShardId())).streamDescription();
      List<Record> all = many.readAll(streamArn);

      assertThat(page1.shards()).hasSize(3);
      assertThat(page2.shards()).hasSize(2);
      assertThat(page2.lastEvaluatedShardId()).isNull();
      assertThat(all).hasSize(50);
    }
  }
}
