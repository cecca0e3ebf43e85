package io.sable.processor.writing;

import java.util.List;
import java.util.Map;

/** Writes the small JSON documents the processor emits (CloudFormation, create-table input), indented. */
final class Json {

  private Json() {}

  /** {@code value}: a {@link Map} (written in its order), a {@link List}, a {@link String} or a number. */
  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out, "");
    return out.append('\n').toString();
  }

  private static void write(Object value, StringBuilder out, String indent) {
    if (value instanceof Map<?, ?> map) {
      out.append("{");
      String inner = indent + "  ";
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(first ? "\n" : ",\n").append(inner);
        string(entry.getKey().toString(), out);
        out.append(": ");
        write(entry.getValue(), out, inner);
        first = false;
      }
      out.append('\n').append(indent).append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      String inner = indent + "  ";
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "\n" : ",\n").append(inner);
        write(list.get(i), out, inner);
      }
      out.append('\n').append(indent).append(']');
    } else if (value instanceof Number number) {
      out.append(number);
    } else {
      string(String.valueOf(value), out);
    }
  }

  private static void string(String text, StringBuilder out) {
    out.append('"');
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
