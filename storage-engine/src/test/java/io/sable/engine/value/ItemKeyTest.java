package io.sable.engine.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ItemKeyTest {
  private static ItemKey key(String partition, String sort) {
    return ItemKey.of(KeyValue.of(AttributeValue.fromS(partition)), KeyValue.of(AttributeValue.fromN(sort)));
  }

  @Test
  void compareTo_withinOneItemCollection_ordersBySortKey() {
    List<ItemKey> keys = new ArrayList<>(List.of(key("p", "10"), key("p", "-1"), key("p", "2")));
    keys.sort(null);
    assertThat(keys).containsExactly(key("p", "-1"), key("p", "2"), key("p", "10"));
  }

  @Test
  void collection_whenStoreHoldsManyPartitionKeys_returnsOnlyOneInSortKeyOrder() {
    NavigableMap<ItemKey, String> store = new TreeMap<>();
    for (int p = 0; p < 50; p++) {
      for (int s = 0; s < 5; s++) {
        store.put(key("p" + p, "" + (5 - s)), "p" + p + "/" + (5 - s));
      }
    }
    assertThat(KeyRanges.collection(store, KeyValue.of(AttributeValue.fromS("p7"))).values())
        .containsExactly("p7/1", "p7/2", "p7/3", "p7/4", "p7/5");
  }

  @Test
  void slice_whenSpaceSplit_coversEveryKeyExactlyOnceAndAgreesWithSliceOf() {
    NavigableMap<ItemKey, String> store = new TreeMap<>();
    for (int p = 0; p < 500; p++) {
      store.put(key("p" + p, "1"), "p" + p);
    }
    for (int total : new int[] {1, 2, 3, 7, 16}) {
      int seen = 0;
      for (int slice = 0; slice < total; slice++) {
        for (ItemKey key : KeyRanges.slice(store, slice, total).keySet()) {
          assertThat(KeyRanges.sliceOf(key.hash(), total)).isEqualTo(slice);
          seen++;
        }
      }
      assertThat(seen).isEqualTo(500);
    }
  }

  @Test
  void sortKeyCondition_whenRestrictingACollection_returnsTheBounds() {
    NavigableMap<ItemKey, String> store = new TreeMap<>();
    for (int s = 0; s < 10; s++) {
      store.put(key("p", "" + s), "" + s);
    }
    KeyValue three = KeyValue.of(AttributeValue.fromN("3"));
    KeyValue six = KeyValue.of(AttributeValue.fromN("6"));
    SortKeyCondition between = new SortKeyCondition(three, false, six, true, null);
    ItemKey any = key("p", "0");
    assertThat(between.restrict(KeyRanges.collection(store, any.partitionKey()), any).values())
        .containsExactly("4", "5", "6");
  }
}
