/**
 * Sable's engine served over HTTP with DynamoDB's JSON 1.0 wire protocol, so that any AWS SDK, the
 * AWS CLI, or a tool written for DynamoDB uses it by an endpoint URL: {@link
 * io.sable.engine.server.SableServer} from Java, {@link io.sable.engine.server.ServerMain} ({@code
 * serve}) from a shell.
 */
package io.sable.engine.server;
