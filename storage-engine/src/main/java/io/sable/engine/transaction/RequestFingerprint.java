package io.sable.engine.transaction;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * A SHA-256 digest of SDK model objects (such as a request's {@code TransactItems}) that is equal
 * exactly when the objects are: every member by name, lists in order, maps in key order (so that
 * two maps with the same entries in another iteration order are equal, as DynamoDB compares
 * requests by content), unset members distinct from empty ones' absence only where the SDK keeps
 * them apart. Thirty-two bytes stand in for a request of up to 4 MB in {@link
 * ClientRequestTokens}.
 */
public final class RequestFingerprint {
  private RequestFingerprint() {}

  /** The digest of {@code value}: an {@link SdkPojo}, a list or map of them, or a scalar. */
  public static byte[] of(Object value) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    feed(digest, value);
    return digest.digest();
  }

  private static void feed(MessageDigest digest, Object value) {
    if (value == null
        || value instanceof SdkAutoConstructList
        || value instanceof SdkAutoConstructMap) {
      digest.update((byte) 'n');
    } else if (value instanceof SdkPojo pojo) {
      digest.update((byte) 'o');
      for (SdkField<?> field : pojo.sdkFields()) {
        text(digest, field.memberName());
        feed(digest, field.getValueOrDefault(pojo));
      }
      digest.update((byte) '}');
    } else if (value instanceof List<?> list) {
      digest.update((byte) 'l');
      length(digest, list.size());
      list.forEach(element -> feed(digest, element));
    } else if (value instanceof Map<?, ?> map) {
      digest.update((byte) 'm');
      length(digest, map.size());
      List<String> names = new ArrayList<>(map.size());
      map.keySet().forEach(name -> names.add(String.valueOf(name)));
      Collections.sort(names);
      for (String name : names) {
        text(digest, name);
        feed(digest, map.get(name));
      }
    } else if (value instanceof SdkBytes bytes) {
      byte[] array = bytes.asByteArrayUnsafe();
      digest.update((byte) 'b');
      length(digest, array.length);
      digest.update(array);
    } else {
      digest.update((byte) 's');
      text(digest, value.toString());
    }
  }

  private static void text(MessageDigest digest, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    length(digest, bytes.length);
    digest.update(bytes);
  }

  private static void length(MessageDigest digest, int length) {
    digest.update((byte) (length >>> 24));
    digest.update((byte) (length >>> 16));
    digest.update((byte) (length >>> 8));
    digest.update((byte) length);
  }
}
