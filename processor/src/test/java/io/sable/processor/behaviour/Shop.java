package io.sable.processor.behaviour;

import io.sable.annotations.Index;
import io.sable.annotations.KeyType;
import io.sable.annotations.LocalIndex;
import io.sable.annotations.Table;

/** A test model exercising every modelling feature: index kinds, key types, entity shapes, collections. */
@Table(
    name = "Shop",
    indexes = {
      @Index(name = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK"),
      @Index(name = "ByStatus", partitionKey = "StatusPK", sortKey = "StatusSK"),
      @Index(name = "ByRank", partitionKey = "RankPK", sortKey = "RankSK", sortKeyType = KeyType.NUMBER),
      @Index(name = "Inverted", partitionKey = "SK", sortKey = "PK")
    },
    localIndexes = @LocalIndex(name = "ByTotal", sortKey = "TotalSK"))
interface Shop {}
