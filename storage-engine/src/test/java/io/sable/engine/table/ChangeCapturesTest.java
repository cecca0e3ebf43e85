package io.sable.engine.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.value.AttributeType;
import io.sable.engine.value.Item;
import io.sable.engine.value.ItemKey;
import io.sable.engine.value.KeySchema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;

/** A table's change captures: several at once (a stream and point-in-time recovery), in order. */
class ChangeCapturesTest {
  private static final KeySchema KEYS = new KeySchema("pk", AttributeType.S, null, null);

  private final Table table =
      new Table(
          new TableDefinition("t", KEYS, List.of(), BillingMode.PAY_PER_REQUEST, null, List.of(),
              Map.of(), CapacitySettings.ON_DEMAND, Map.of()),
          4, Instant.EPOCH, "id");

  private void put(String pk, String v) {
    Map<String, AttributeValue> item = Map.of("pk", AttributeValue.fromS(pk), "v", AttributeValue.fromS(v));
    ItemKey key = KEYS.keyOfItem(item);
    table.write(key, current -> Item.of(item));
  }

  @Test
  void write_whenTwoCapturesRegistered_reportsEachChangeToBothInOrder() {
    List<String> calls = new ArrayList<>();
    ChangeCapture first = (k, o, n, s) -> calls.add("first " + n.attributes().get("v").s());
    ChangeCapture second = (k, o, n, s) -> calls.add("second " + n.attributes().get("v").s());
    table.addChangeCapture(first);
    table.addChangeCapture(second);

    put("a", "1");
    put("a", "1");
    assertThat(table.removeChangeCapture(first)).isTrue();
    put("a", "2");
    assertThat(table.removeChangeCapture(first)).isFalse();
    assertThat(table.removeChangeCapture(second)).isTrue();
    put("a", "3");

    // The second put changed nothing: no capture is called for it.
    assertThat(calls).containsExactly("first 1", "second 1", "second 2");
    assertThat(table.changeCaptures()).isEmpty();
  }
}
