package io.sable.engine.stream;

import static io.sable.engine.stream.StreamFixture.n;
import static io.sable.engine.stream.StreamFixture.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * Time to Live end to end on a manual clock: UpdateTimeToLive and DescribeTimeToLive, which items
 * expire, that expired items stay readable until a sweep, and that a sweep's deletions reach the
 * stream as REMOVE records by the service.
 */
class TimeToLiveStreamTest {
  private final StreamFixture fixture = new StreamFixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  private String enableTtl() {
    String arn = fixture.createTable("carts", StreamViewType.NEW_AND_OLD_IMAGES);
    fixture.dynamoDb.updateTimeToLive(b -> b.tableName("carts")
        .timeToLiveSpecification(t -> t.enabled(true).attributeName("expiresAt")));
    return arn;
  }

  private List<String> keysInTable() {
    return fixture.dynamoDb.scan(b -> b.tableName("carts")).items().stream()
        .map(item -> item.get("pk").s()).sorted().toList();
  }

  @Test
  void sweep_whenClockPassesTheTtl_deletesOnlyExpiredNumbersAndRecordsAServiceRemove() {
    String arn = enableTtl();
    long now = StreamFixture.START.getEpochSecond();
    fixture.put("carts", "pk", "soon", "expiresAt", now + 60);
    fixture.put("carts", "pk", "later", "expiresAt", now + 3600);
    fixture.put("carts", "pk", "text", "expiresAt", s(Long.toString(now - 10)));
    fixture.put("carts", "pk", "ancient", "expiresAt", now - Duration.ofDays(6 * 366).toSeconds());
    fixture.put("carts", "pk", "none");

    assertThat(fixture.engine.sweepExpiredItems()).isZero();
    fixture.clock.advance(Duration.ofSeconds(61));
    assertThat(keysInTable()).as("expired but not yet swept: still readable").contains("soon");
    assertThat(fixture.engine.sweepExpiredItems()).isEqualTo(1);

    assertThat(keysInTable()).containsExactly("ancient", "later", "none", "text");
    List<Record> records = fixture.readAll(arn);
    Record removed = records.get(records.size() - 1);
    assertThat(records).hasSize(6);
    assertThat(removed.eventName()).isEqualTo(OperationType.REMOVE);
    assertThat(removed.dynamodb().oldImage()).containsEntry("expiresAt", n(now + 60));
    assertThat(removed.userIdentity().type()).isEqualTo("Service");
    assertThat(removed.userIdentity().principalId()).isEqualTo("dynamodb.amazonaws.com");
    assertThat(records.get(0).userIdentity()).as("a user's write has no userIdentity").isNull();
  }

  @Test
  void sweep_whenItemRewrittenAfterExpiring_keepsIt() {
    enableTtl();
    long now = StreamFixture.START.getEpochSecond();
    fixture.put("carts", "pk", "cart", "expiresAt", now + 10);
    fixture.clock.advance(Duration.ofSeconds(20));
    fixture.put("carts", "pk", "cart", "expiresAt", now + 3600);

    assertThat(fixture.engine.sweepExpiredItems()).isZero();
    assertThat(keysInTable()).containsExactly("cart");
  }

  @Test
  void updateTimeToLive_whenEnabledOrChanged_isDescribedAndRejectsWhatDynamoDbRejects() {
    enableTtl();

    var described = fixture.dynamoDb.describeTimeToLive(b -> b.tableName("carts")).timeToLiveDescription();
    assertThat(described.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
    assertThat(described.attributeName()).isEqualTo("expiresAt");
    assertThatThrownBy(() -> fixture.dynamoDb.updateTimeToLive(b -> b.tableName("carts")
        .timeToLiveSpecification(t -> t.enabled(true).attributeName("other"))))
        .isInstanceOf(DynamoDbException.class)
        .hasMessageStartingWith("TimeToLive is active on a different AttributeName");

    fixture.dynamoDb.updateTimeToLive(b -> b.tableName("carts")
        .timeToLiveSpecification(t -> t.enabled(false).attributeName("expiresAt")));
    fixture.put("carts", "pk", "old", "expiresAt", StreamFixture.START.getEpochSecond() - 10);
    assertThat(fixture.engine.sweepExpiredItems()).as("TTL disabled: nothing expires").isZero();
  }
}
