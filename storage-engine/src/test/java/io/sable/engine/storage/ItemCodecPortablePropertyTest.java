package io.sable.engine.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.value.Item;
import io.sable.engine.value.ItemArbitraries;
import java.util.Arrays;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Snapshots and backups write a stored item from its compact form: the same bytes as from its map. */
class ItemCodecPortablePropertyTest {
  @Property(tries = 500)
  void writeItem_whenStoredItemIsCompact_writesTheSameBytesAsItsAttributes(
      @ForAll("items") Map<String, AttributeValue> attributes) {
    Encoder fromMap = new Encoder(64);
    ItemCodec.writeItem(fromMap, attributes);
    Encoder fromItem = new Encoder(64);
    ItemCodec.writeItem(fromItem, Item.of(attributes).compact());

    assertThat(Arrays.copyOf(fromItem.array(), fromItem.size()))
        .isEqualTo(Arrays.copyOf(fromMap.array(), fromMap.size()));
  }

  @Provide
  Arbitrary<Map<String, AttributeValue>> items() {
    return ItemArbitraries.items();
  }
}
