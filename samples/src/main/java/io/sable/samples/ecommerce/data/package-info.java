/** The e-commerce sample's data file, {@code catalog.json}, read into entities. */
package io.sable.samples.ecommerce.data;
