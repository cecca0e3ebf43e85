/**
 * The e-commerce sample's flash sale: orders at a stated rate on the engine's virtual clock against
 * a provisioned table whose status index is unsharded ({@link
 * io.sable.samples.ecommerce.flashsale.SaleOrder}), which throttles on one hot partition key, then
 * sharded ({@link io.sable.samples.ecommerce.flashsale.ShardedSaleOrder}), which holds.
 */
package io.sable.samples.ecommerce.flashsale;
