/**
 * Time to Live: {@code UpdateTimeToLive}/{@code DescribeTimeToLive} state and the background
 * sweeper that deletes expired items as DynamoDB does, removing them from every index and writing
 * a {@code REMOVE} stream record whose {@code userIdentity} is the DynamoDB service.
 */
package io.sable.engine.ttl;
