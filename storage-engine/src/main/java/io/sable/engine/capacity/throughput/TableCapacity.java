package io.sable.engine.capacity.throughput;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The throughput models of one table and of each of its global secondary indexes. */
final class TableCapacity {
  /** Remembers that a table is not modelled. */
  static final TableCapacity UNMODELLED = new TableCapacity(null);

  final ResourceCapacity table;
  // By index name; replaced entries when UpdateTable adds or deletes an index.
  final Map<String, ResourceCapacity> indexes = new ConcurrentHashMap<>();

  TableCapacity(ResourceCapacity table) {
    this.table = table;
  }

  /** Sets whether the table and its indexes refuse requests for throughput. */
  void throttling(boolean throttling) {
    table.throttling(throttling);
    indexes.values().forEach(index -> index.throttling(throttling));
  }

  /** Whether Contributor Insights is on for the table or any index. */
  boolean contributorInsights() {
    if (table.contributorInsights()) {
      return true;
    }
    for (ResourceCapacity index : indexes.values()) {
      if (index.contributorInsights()) {
        return true;
      }
    }
    return false;
  }
}
