package io.sable.engine.transfer;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records of fields: fields separated by one delimiter character, records by
 * a line break ({@code \n} or {@code \r\n}); a field in double quotes may hold the delimiter, line
 * breaks and doubled quotes ({@code ""}), as RFC 4180 has it. A record with an unterminated quote
 * runs to the end of the text and is reported as malformed.
 */
public final class Csv {
  private Csv() {}

  /** One record: its fields, or {@code null} fields if it is malformed (an unterminated quote). */
  public record Record(List<String> fields, int line) {
    /** Whether the record could not be split. */
    public boolean malformed() {
      return fields == null;
    }
  }

  /** The records of {@code text}; blank lines are skipped. */
  public static List<Record> parse(String text, char delimiter) {
    List<Record> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < length && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
        fieldStarted = true;
      } else if (c == delimiter) {
        fields.add(field.toString());
        field.setLength(0);
        fieldStarted = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
          fields.add(field.toString());
          records.add(new Record(List.copyOf(fields), recordLine));
        }
        fields.clear();
        field.setLength(0);
        fieldStarted = false;
        line++;
        recordLine = line;
      } else {
        field.append(c);
        fieldStarted = true;
      }
    }
    if (quoted) {
      records.add(new Record(null, recordLine));
    } else if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString());
      records.add(new Record(List.copyOf(fields), recordLine));
    }
    return records;
  }
}
