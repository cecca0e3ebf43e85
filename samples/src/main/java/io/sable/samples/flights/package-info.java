/**
 * The flights sample: U.S. flights and airports in one DynamoDB table, queried through Sable's
 * generated repositories, on Sable's embedded engine or on any DynamoDB endpoint.
 *
 * <pre>{@code
 * java -jar sable-samples.jar flights delayed SEA 120
 * java -jar sable-samples.jar flights --endpoint http://localhost:8000 load
 * }</pre>
 */
package io.sable.samples.flights;
