/**
 * Sable's Spring Boot starter: auto-configuration of a {@code DynamoDbClient} (DynamoDB, or the
 * in-process engine), Sable's generated tables and repositories as beans, a health indicator and
 * Micrometer metrics of consumed capacity per access pattern. See {@link
 * io.sable.spring.boot.SableAutoConfiguration} and {@link io.sable.spring.boot.SableProperties}.
 */
package io.sable.spring.boot;
