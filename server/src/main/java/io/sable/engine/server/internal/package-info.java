/**
 * The server's machinery, not API: the Netty pipeline ({@link
 * io.sable.engine.server.internal.ConnectionLimit}, {@link
 * io.sable.engine.server.internal.RequestGuard}, {@link
 * io.sable.engine.server.internal.HttpHandler}, {@link
 * io.sable.engine.server.internal.Admission}), DynamoDB's JSON 1.0 protocol over the SDK's model
 * metadata ({@link io.sable.engine.server.internal.JsonReader}, {@link
 * io.sable.engine.server.internal.JsonWriter}, {@link io.sable.engine.server.internal.WireError}),
 * routing by {@code X-Amz-Target} ({@link io.sable.engine.server.internal.Operations}), and SigV4
 * ({@link io.sable.engine.server.internal.SigV4}).
 */
package io.sable.engine.server.internal;
