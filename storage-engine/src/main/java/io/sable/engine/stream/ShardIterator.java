package io.sable.engine.stream;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A shard iterator: a position in one shard, and when it was issued (it expires after {@link
 * StreamSettings#iteratorLifetime()}). Its text form, {@code <stream ARN>|1|<base64 of shard id,
 * position and issue time>}, is opaque to callers, like DynamoDB's.
 *
 * @param streamArn the stream
 * @param shardId the shard
 * @param position the sequence number after which reading starts (records with higher numbers are
 *     read)
 * @param issuedAt when GetShardIterator or GetRecords issued it
 */
public record ShardIterator(String streamArn, String shardId, long position, Instant issuedAt) {
  private static final String VERSION = "|1|";

  /** The text form. */
  public String encode() {
    String state = shardId + "|" + position + "|" + issuedAt.toEpochMilli();
    return streamArn
        + VERSION
        + Base64.getUrlEncoder().withoutPadding().encodeToString(state.getBytes(StandardCharsets.UTF_8));
  }

  /** The iterator a text form encodes, or {@code null} if it is not one. */
  public static ShardIterator decode(String text) {
    if (text == null) {
      return null;
    }
    int version = text.lastIndexOf(VERSION);
    if (version <= 0) {
      return null;
    }
    try {
      String state =
          new String(
              Base64.getUrlDecoder().decode(text.substring(version + VERSION.length())),
              StandardCharsets.UTF_8);
      String[] parts = state.split("\\|", -1);
      if (parts.length != 3 || !parts[0].startsWith("shardId-")) {
        return null;
      }
      return new ShardIterator(
          text.substring(0, version),
          parts[0],
          Long.parseLong(parts[1]),
          Instant.ofEpochMilli(Long.parseLong(parts[2])));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
