package io.sable.processor.writing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.SourceVersion;

/** Java names derived from DynamoDB names and field names. */
final class Names {

  private Names() {}

  /** {@code GSI1} → {@code gsi1}, {@code orders-by-status} → {@code ordersByStatus}. */
  static String lowerCamel(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : words(name)) {
      out.append(out.length() == 0 ? word.toLowerCase(Locale.ROOT) : capitalize(word.toLowerCase(Locale.ROOT)));
    }
    return identifier(out.toString());
  }

  /** {@code GSI1} → {@code Gsi1}, {@code orders-by-status} → {@code OrdersByStatus}. */
  static String upperCamel(String name) {
    return capitalize(lowerCamel(name));
  }

  /** {@code GSI1} → {@code GSI1}, {@code ordersByStatus} → {@code ORDERS_BY_STATUS}. */
  static String constant(String name) {
    return identifier(String.join("_", words(name)).toUpperCase(Locale.ROOT));
  }

  static String capitalize(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  static String decapitalize(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /**
   * Splits on characters that are not letters or digits, and before an upper-case letter that
   * follows a lower-case one ({@code ordersByStatus} → orders, By, Status; {@code GSI1} stays whole).
   */
  private static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(words, word);
        continue;
      }
      if (Character.isUpperCase(c) && word.length() > 0 && Character.isLowerCase(word.charAt(word.length() - 1))) {
        flush(words, word);
      }
      word.append(c);
    }
    flush(words, word);
    return words;
  }

  private static void flush(List<String> words, StringBuilder word) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  private static String identifier(String name) {
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0)) || SourceVersion.isKeyword(name)) {
      return "index" + capitalize(name);
    }
    return name;
  }
}
