package io.sable.engine.transfer;

import io.sable.engine.value.AttributeType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads the items of an ImportTable source: every object of the bucket whose key starts with the
 * key prefix, decompressed ({@link Compression}), in DynamoDB JSON or Amazon Ion (one item a line)
 * or CSV (one item a record). A line that holds no valid item is skipped and counted, as DynamoDB
 * skips it and logs it to CloudWatch (Developer Guide, "Import format quotas and validation").
 *
 * <p>CSV: the first record of each object is its header unless {@code HeaderList} is given, in
 * which case every record is data. Every value is imported as a string (S), except the key
 * attributes of the table and its indexes, typed by their {@code AttributeDefinitions}: N as
 * written, B decoded from base64. Empty values are left out of the item. A record with more or
 * fewer fields than the header is an error.
 */
public final class ImportReader {
  /** ImportTable's {@code InputFormat}. */
  public enum Format {
    /** {@code {"Item":{...}}} lines. */
    DYNAMODB_JSON,
    /** {@code $ion_1_0 {Item:{...}}} lines. */
    ION,
    /** Delimited records with a header. */
    CSV
  }

  /**
   * How to read a source.
   *
   * @param format the input format
   * @param compression the compression of every object
   * @param delimiter the CSV delimiter
   * @param headerList the CSV header common to every object, or {@code null} to read each
   *     object's first record
   * @param keyTypes the types of the key attributes (CSV only)
   */
  public record Options(
      Format format,
      Compression compression,
      char delimiter,
      List<String> headerList,
      Map<String, AttributeType> keyTypes) {}

  /**
   * What a source held.
   *
   * @param items the items of the valid lines, in key then line order
   * @param processedCount how many lines or records were read (items and errors)
   * @param errors why each bad line was skipped ({@code key:line: reason})
   * @param processedSizeBytes the total size of the objects read, as stored
   * @param objects how many objects were read
   */
  public record Result(
      List<Map<String, AttributeValue>> items,
      long processedCount,
      List<String> errors,
      long processedSizeBytes,
      int objects) {}

  private ImportReader() {}

  /**
   * Reads every object of {@code bucket} under {@code keyPrefix}.
   *
   * @throws IOException if an object cannot be read or decompressed
   */
  public static Result read(S3Root root, String bucket, String keyPrefix, Options options)
      throws IOException {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    long processed = 0;
    long size = 0;
    List<String> keys = root.keys(bucket, keyPrefix);
    for (String key : keys) {
      Path file = root.object(bucket, key);
      size += Files.size(file);
      String text;
      try (InputStream in = options.compression().open(Files.newInputStream(file))) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      processed +=
          options.format() == Format.CSV
              ? readCsv(key, text, options, items, errors)
              : readLines(key, text, options.format(), items, errors);
    }
    return new Result(items, processed, errors, size, keys.size());
  }

  private static long readLines(
      String key,
      String text,
      Format format,
      List<Map<String, AttributeValue>> items,
      List<String> errors) {
    long processed = 0;
    int number = 0;
    for (String line : text.split("\r?\n", -1)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      processed++;
      try {
        items.add(
            format == Format.ION ? IonItems.parseLine(line) : DynamoDbJson.parseLine(line));
      } catch (BadLineException e) {
        errors.add(key + ":" + number + ": " + e.getMessage());
      }
    }
    return processed;
  }

  private static long readCsv(
      String key,
      String text,
      Options options,
      List<Map<String, AttributeValue>> items,
      List<String> errors) {
    List<Csv.Record> records = Csv.parse(text, options.delimiter());
    List<String> header = options.headerList();
    int start = 0;
    if (header == null) {
      if (records.isEmpty()) {
        return 0;
      }
      if (records.get(0).malformed()) {
        errors.add(key + ":1: malformed header");
        return 1;
      }
      header = records.get(0).fields();
      start = 1;
    }
    long processed = 0;
    for (int i = start; i < records.size(); i++) {
      Csv.Record record = records.get(i);
      processed++;
      try {
        items.add(csvItem(record, header, options.keyTypes()));
      } catch (BadLineException e) {
        errors.add(key + ":" + record.line() + ": " + e.getMessage());
      }
    }
    return processed;
  }

  private static Map<String, AttributeValue> csvItem(
      Csv.Record record, List<String> header, Map<String, AttributeType> keyTypes)
      throws BadLineException {
    if (record.malformed()) {
      throw new BadLineException("Unterminated quoted field");
    }
    List<String> fields = record.fields();
    if (fields.size() != header.size()) {
      throw new BadLineException(
          "Expected " + header.size() + " fields as in the header, found " + fields.size());
    }
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      String name = header.get(i);
      String value = fields.get(i);
      AttributeType type = keyTypes.get(name);
      if (value.isEmpty() && type == null) {
        continue;
      }
      if (type == AttributeType.N) {
        item.put(name, AttributeValue.fromN(value));
      } else if (type == AttributeType.B) {
        try {
          item.put(
              name, AttributeValue.fromB(SdkBytes.fromByteArray(Base64.getDecoder().decode(value))));
        } catch (IllegalArgumentException e) {
          throw new BadLineException("Invalid base64 for binary key attribute " + name);
        }
      } else {
        item.put(name, AttributeValue.fromS(value));
      }
    }
    return item;
  }
}
