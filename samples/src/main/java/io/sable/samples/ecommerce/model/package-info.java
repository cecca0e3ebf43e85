/**
 * The e-commerce sample's single-table model: customers, payment methods, orders, order lines,
 * products and reviews in one table, with an overloaded GSI and an inverted index.
 */
package io.sable.samples.ecommerce.model;
