/** The test kit's test model: customers and orders, one table, orders by status in GSI1. */
package io.sable.test.shop;
