package io.sable.runtime.key;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Write sharding: which of N partition key values an item's key takes, from a hash of one field.
 *
 * <p>A key template field {@code {shard:N:field}} (see {@link KeyTemplate#parse}) spreads one logical
 * partition key over N values, suffixed {@code 0} to {@code N-1}. The shard of an item is
 * {@code FNV-1a-32(UTF-8 bytes of the field's encoded key segment)}, taken as an unsigned 32-bit
 * number, modulo N: the same on every JVM and in every language, so that any reader can find the
 * item's shard again from the field. The number is written zero-padded to the digits of {@code
 * N-1} ({@code 0}..{@code 9} for 10, {@code 00}..{@code 99} for 100), so that all values of one key
 * have the same length and sort in shard order.
 */
public final class WriteShards {

  /** The most shards a key may have: a Query of a sharded key costs one request per shard. */
  public static final int MAX_SHARDS = 1000;

  private static final int FNV_OFFSET_BASIS = 0x811C9DC5;
  private static final int FNV_PRIME = 0x01000193;

  private WriteShards() {}

  /**
   * The 32-bit FNV-1a hash of the UTF-8 bytes of {@code text}, as a signed int holding the unsigned
   * value's bits ({@code "a"} hashes to {@code 0xE40C292C}).
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static int fnv1a32(String text) {
    int hash = FNV_OFFSET_BASIS;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xFF;
      hash *= FNV_PRIME;
    }
    return hash;
  }

  /**
   * The shard, from 0 to {@code shardCount - 1}, of an item whose source field is encoded as
   * {@code encodedSegment}: {@link #fnv1a32} as an unsigned number, modulo {@code shardCount}.
   *
   * @throws IllegalArgumentException if {@code shardCount} is not between 1 and {@link #MAX_SHARDS}
   * @throws NullPointerException if {@code encodedSegment} is null
   */
  public static int shardOf(String encodedSegment, int shardCount) {
    Objects.requireNonNull(encodedSegment, "encodedSegment");
    checkCount(shardCount);
    return Integer.remainderUnsigned(fnv1a32(encodedSegment), shardCount);
  }

  /** The width in digits of every shard number of a key with {@code shardCount} shards. */
  public static int width(int shardCount) {
    checkCount(shardCount);
    return Integer.toString(shardCount - 1).length();
  }

  /**
   * Shard {@code shard} as written in a key: zero-padded to {@link #width} digits.
   *
   * @throws IllegalArgumentException if {@code shard} is not between 0 and {@code shardCount - 1}
   */
  public static String format(int shard, int shardCount) {
    if (shard < 0 || shard >= shardCount) {
      throw new IllegalArgumentException("Shard " + shard + " is not between 0 and " + (shardCount - 1));
    }
    String digits = Integer.toString(shard);
    return "0".repeat(width(shardCount) - digits.length()) + digits;
  }

  private static void checkCount(int shardCount) {
    if (shardCount < 1 || shardCount > MAX_SHARDS) {
      throw new IllegalArgumentException(
          "A sharded key takes from 1 to " + MAX_SHARDS + " shards, got " + shardCount);
    }
  }
}
