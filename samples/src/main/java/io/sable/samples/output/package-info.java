/**
 * How the samples print results: an aligned table with a header and a count with the right plural
 * ("1 flight", "3 flights"), or machine-readable JSON (Jackson) or CSV (RFC 4180 quoting, Jackson's
 * CSV module), chosen by {@code --format}.
 */
package io.sable.samples.output;
