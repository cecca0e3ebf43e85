/**
 * Reads the sample's real data, shipped as resources next to this package with their NOTICE: the
 * U.S. Bureau of Transportation Statistics flights of {@code flights-20k.json} and the airports of
 * {@code airports.csv}, both from the npm package vega-datasets 3.2.1.
 */
package io.sable.samples.flights.data;
