/**
 * The e-commerce sample: the single-table shop of every DynamoDB guide, with orders placed in one
 * transaction ({@link io.sable.samples.ecommerce.Checkout}).
 */
package io.sable.samples.ecommerce;
