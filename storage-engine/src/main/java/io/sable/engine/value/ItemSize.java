package io.sable.engine.value;

import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Item size in bytes by DynamoDB's documented rules: the UTF-8 length of each attribute name plus
 * the size of its value, where a string is its UTF-8 length, binary its length, a number one byte
 * per pair of significant digits (pairs aligned on the decimal point, as DynamoDB stores numbers in
 * base 100) plus one, plus one more if negative ({@code 0} is one byte), {@code BOOL} and {@code NULL} one
 * byte, a set the sum of its elements, and a list or map three bytes plus one byte and the size of
 * each element (map keys counted like attribute names).
 *
 * <p>DynamoDB limits an item to {@value #MAX_ITEM_SIZE} bytes (400 KB).
 */
public final class ItemSize {
  /** The largest item DynamoDB stores, in bytes (400 KB). */
  public static final int MAX_ITEM_SIZE = 400 * 1024;

  private ItemSize() {}

  /** The size of an item in bytes. */
  public static int of(Map<String, AttributeValue> item) {
    int size = 0;
    for (Map.Entry<String, AttributeValue> entry : item.entrySet()) {
      size += Utf8.length(entry.getKey()) + of(entry.getValue());
    }
    return size;
  }

  /** The size of one value in bytes, without its attribute name. */
  public static int of(AttributeValue value) {
    AttributeType type = AttributeType.of(value);
    if (type == null) {
      return 0;
    }
    switch (type) {
      case S:
        return Utf8.length(value.s());
      case N:
        return ofNumber(value.n());
      case B:
        return value.b().asByteArrayUnsafe().length;
      case BOOL:
      case NULL:
        return 1;
      case SS:
        return sumStrings(value.ss());
      case NS:
        int numbers = 0;
        for (String n : value.ns()) {
          numbers += ofNumber(n);
        }
        return numbers;
      case BS:
        int bytes = 0;
        for (var b : value.bs()) {
          bytes += b.asByteArrayUnsafe().length;
        }
        return bytes;
      case L:
        int list = 3;
        for (AttributeValue element : value.l()) {
          list += 1 + of(element);
        }
        return list;
      case M:
        return 3 + of(value.m()) + value.m().size();
      default:
        throw new AssertionError(type);
    }
  }

  /**
   * The size of a number in bytes. Numbers nested in lists and maps are kept as written (see
   * {@link ItemValidator}), so text with an exponent or extra zeros is normalised first.
   */
  public static int ofNumber(String text) {
    String number = isPlain(text) ? text : Numbers.normalize(text);
    boolean negative = number.startsWith("-");
    int point = number.indexOf('.');
    if (point < 0) {
      point = number.length();
    }
    int first = -1;
    int last = -1;
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c >= '1' && c <= '9') {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (first < 0) {
      return 1;
    }
    int pairs = Math.floorDiv(exponent(first, point), 2) - Math.floorDiv(exponent(last, point), 2) + 1;
    return pairs + 1 + (negative ? 1 : 0);
  }

  // Plain decimal text without exponent; leading or trailing zeros do not change the size.
  private static boolean isPlain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 'e' || c == 'E' || c == '+') {
        return false;
      }
    }
    return true;
  }

  // The power of ten of the digit at index i of a plain number whose decimal point is at point.
  private static int exponent(int i, int point) {
    return i < point ? point - i - 1 : point - i;
  }

  private static int sumStrings(List<String> strings) {
    int size = 0;
    for (String s : strings) {
      size += Utf8.length(s);
    }
    return size;
  }
}
