/**
 * Plumbing shared by the engine's layers that is no DynamoDB concept of its own, such as the
 * daemon thread behind each background job ({@link io.sable.engine.internal.PeriodicTask}). It
 * depends on nothing else in the engine, so any layer may use it. Not API.
 */
package io.sable.engine.internal;
