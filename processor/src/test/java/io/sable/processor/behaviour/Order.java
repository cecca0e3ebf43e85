package io.sable.processor.behaviour;

import io.sable.annotations.AccessPattern;
import io.sable.annotations.Entity;
import io.sable.annotations.IndexKey;
import io.sable.annotations.PartitionKey;
import io.sable.annotations.SortKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Entity(table = Shop.class)
@PartitionKey("CUSTOMER#{customerId}")
@SortKey("ORDER#{placedAt}#{orderId}")
@IndexKey(index = "ByStatus", partitionKey = "STATUS#{status}", sortKey = "{total}#{orderId}")
@IndexKey(index = "GSI1", partitionKey = "ORDER#{orderId}", sortKey = "ORDER#{orderId}")
@IndexKey(index = "ByTotal", sortKey = "TOTAL#{total}#{orderId}")
@AccessPattern(name = "ordersOf", bind = "customerId")
@AccessPattern(name = "byStatus", index = "ByStatus", bind = "status")
@AccessPattern(name = "byOrderId", index = "GSI1", bind = "orderId")
@AccessPattern(name = "byTotal", index = "ByTotal", bind = "customerId")
@AccessPattern(name = "byPlacement", index = "Inverted", bind = {"placedAt", "orderId"})
record Order(
    String customerId,
    Instant placedAt,
    UUID orderId,
    Status status,
    BigDecimal total,
    String note,
    Integer items,
    List<String> tags,
    Set<String> labels) {}
