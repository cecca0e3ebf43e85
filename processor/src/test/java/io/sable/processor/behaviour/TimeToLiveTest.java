package io.sable.processor.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.runtime.stream.ChangeEvent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * {@code @Ttl}: the generated table enables Time to Live on the field's attribute, the field is
 * stored as a Number of epoch seconds, and (on the engine, which deletes expired items when swept)
 * an expired item is deleted and its stream record decodes as a removal by Time to Live.
 */
@ParameterizedClass(name = "on {0}")
@ValueSource(strings = {ShopTest.ENGINE, ShopTest.DYNAMODB_LOCAL})
class TimeToLiveTest extends ShopTest {

  @Test
  void create_whenAnEntityHasTtl_enablesTimeToLiveOnItsAttribute() {
    var description = dynamoDb.describeTimeToLive(b -> b.tableName(tableName())).timeToLiveDescription();

    assertThat(ShopTable.DEFINITION.timeToLiveAttribute()).contains("expiresAt");
    assertThat(description.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
    assertThat(description.attributeName()).isEqualTo("expiresAt");
  }

  @Test
  void put_whenTtlIsAnInstant_storesWholeEpochSecondsAsANumber() {
    Instant expiry = Instant.parse("2030-01-01T00:00:00.750Z");
    shop.cartItemRepository().put(new CartItem("cart1", "sku1", 2, expiry));

    Map<String, AttributeValue> stored = dynamoDb.getItem(b -> b.tableName(tableName()).key(Map.of(
        "PK", AttributeValue.fromS("CART#cart1"), "SK", AttributeValue.fromS("ITEM#sku1")))).item();

    assertThat(stored.get("expiresAt")).isEqualTo(AttributeValue.fromN("1893456000"));
    assertThat(shop.cartItemRepository().itemsOf("cart1").list())
        .containsExactly(new CartItem("cart1", "sku1", 2, expiry.truncatedTo(ChronoUnit.SECONDS)));
  }

  @Test
  void sweep_whenTtlPassed_deletesTheItemAndTheStreamSaysTimeToLive() {
    var engine = engineOnly();
    String streamArn = dynamoDb.updateTable(b -> b.tableName(tableName())
            .streamSpecification(s -> s.streamEnabled(true).streamViewType(StreamViewType.OLD_IMAGE)))
        .tableDescription().latestStreamArn();
    Instant past = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
    CartItem expired = new CartItem("cart1", "old", 1, past);
    CartItem fresh = new CartItem("cart1", "new", 1, Instant.now().plusSeconds(3600).truncatedTo(ChronoUnit.SECONDS));
    shop.cartItemRepository().put(expired);
    shop.cartItemRepository().put(fresh);

    engine.sweepExpiredItems();

    assertThat(shop.cartItemRepository().itemsOf("cart1").list()).containsExactly(fresh);
    var streams = streams();
    String shardId = streams.describeStream(b -> b.streamArn(streamArn)).streamDescription().shards().get(0).shardId();
    String iterator = streams.getShardIterator(b -> b.streamArn(streamArn).shardId(shardId)
        .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
    GetRecordsResponse page = streams.getRecords(b -> b.shardIterator(iterator));
    List<ChangeEvent> events = shop.streamDecoder().decodeAll(page.records());
    assertThat(events).last().isInstanceOfSatisfying(ChangeEvent.Removed.class, removed -> {
      assertThat(removed.info().deletedByTimeToLive()).isTrue();
      assertThat(removed.oldEntity()).isEqualTo(expired);
    });
  }
}
