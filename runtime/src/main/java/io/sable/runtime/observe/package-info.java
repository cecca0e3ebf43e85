/**
 * Watching what a {@code DynamoDbClient} sends and receives: a decorator that hands every request,
 * its response or error and its duration to a {@link io.sable.runtime.observe.RequestObserver},
 * optionally asking DynamoDB for {@code ConsumedCapacity} on each request, and the helpers that
 * read capacity back from responses. Sable's test kit records access patterns with it; the Spring
 * Boot starter meters consumed capacity with it.
 */
package io.sable.runtime.observe;
