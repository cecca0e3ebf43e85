package io.sable.engine.transfer;

import com.fasterxml.jackson.core.JsonGenerator;
import io.sable.engine.value.Item;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.GZIPOutputStream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Writes an export in DynamoDB's layout (Developer Guide, "DynamoDB table export output format"):
 *
 * <pre>
 * prefix/AWSDynamoDB/ExportId/_started                   (empty)
 * prefix/AWSDynamoDB/ExportId/manifest-summary.json      (the summary)
 * prefix/AWSDynamoDB/ExportId/manifest-summary.checksum  (hex MD5 of the summary)
 * prefix/AWSDynamoDB/ExportId/manifest-files.json        (JSON lines: itemCount, md5Checksum, etag, dataFileS3Key)
 * prefix/AWSDynamoDB/ExportId/manifest-files.checksum    (hex MD5 of the files manifest)
 * prefix/AWSDynamoDB/ExportId/data/RANDOM.json.gz        (full export; .ion.gz in Ion)
 * prefix/AWSDynamoDB/data/RANDOM.json.gz                 (incremental export)
 * </pre>
 *
 * <p>Data objects are gzipped lines, at most {@value #ITEMS_PER_FILE} a file and at least one
 * (empty) file. A data file's {@code md5Checksum} is the base64 MD5 of the object and its {@code
 * etag} S3's ETag of a one-part multipart upload (hex MD5 of the part's MD5, then {@code -1}).
 */
public final class ExportWriter {
  /** The most lines one data object holds. */
  public static final int ITEMS_PER_FILE = 100_000;

  private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

  private ExportWriter() {}

  /**
   * Where an export goes and in which format.
   *
   * @param root the S3 root
   * @param bucket the bucket, which exists
   * @param prefix the {@code S3Prefix}, or {@code null}
   * @param exportId the export's id ({@code 01693410553386-4c2c4b3a})
   * @param ion Amazon Ion rather than DynamoDB JSON
   */
  public record Target(S3Root root, String bucket, String prefix, String exportId, boolean ion) {
    /** {@code prefix/AWSDynamoDB/} (or {@code AWSDynamoDB/} without a prefix). */
    public String base() {
      if (prefix == null || prefix.isEmpty()) {
        return "AWSDynamoDB/";
      }
      String trimmed = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
      return trimmed + "/AWSDynamoDB/";
    }

    /** The key of the summary manifest: DescribeExport's {@code ExportManifest}. */
    public String manifestSummaryKey() {
      return base() + exportId + "/manifest-summary.json";
    }

    /** The key of the files manifest. */
    public String manifestFilesKey() {
      return base() + exportId + "/manifest-files.json";
    }
  }

  /**
   * One line of an incremental export: an item's net change over the export's window.
   *
   * @param keys the item's key attributes
   * @param oldImage the item at the window's start, or {@code null} (left out with {@code
   *     NEW_IMAGE} too)
   * @param newImage the item at the window's end, or {@code null} if it was deleted
   * @param writeTimestampMicros when its last change in the window was written, in microseconds
   *     since the epoch
   */
  public record IncrementalRecord(
      Map<String, AttributeValue> keys,
      Map<String, AttributeValue> oldImage,
      Map<String, AttributeValue> newImage,
      long writeTimestampMicros) {}

  /** What was written: line count, and the size of the exported items by DynamoDB's rules. */
  public record Written(long itemCount, long billedSizeBytes) {}

  /**
   * Writes a full export of {@code items}, then its manifests; {@code summary} gives the summary's
   * fields, to which {@code manifestFilesS3Key}, {@code billedSizeBytes} and {@code itemCount} are
   * added where DynamoDB puts them.
   */
  public static Written full(Target target, List<Item> items, Map<String, Object> summary)
      throws IOException {
    List<String> lines = new ArrayList<>(items.size());
    long size = 0;
    for (Item item : items) {
      lines.add(
          target.ion()
              ? IonItems.line(Map.of("Item", item.attributes()))
              : DynamoDbJson.line("Item", item.attributes()));
      size += item.sizeBytes();
    }
    String dataFolder = target.base() + target.exportId() + "/data/";
    write(target, lines, dataFolder, summary, size);
    return new Written(lines.size(), size);
  }

  /** Writes an incremental export of {@code records} (data in the shared {@code AWSDynamoDB/data/}). */
  public static Written incremental(
      Target target, List<IncrementalRecord> records, Map<String, Object> summary)
      throws IOException {
    List<String> lines = new ArrayList<>(records.size());
    long size = 0;
    for (IncrementalRecord record : records) {
      Map<String, Map<String, AttributeValue>> fields = new LinkedHashMap<>();
      fields.put(
          "Metadata",
          Map.of(
              "WriteTimestampMicros",
              AttributeValue.fromN(Long.toString(record.writeTimestampMicros()))));
      fields.put("Keys", record.keys());
      if (record.oldImage() != null) {
        fields.put("OldImage", record.oldImage());
        size += io.sable.engine.value.ItemSize.of(record.oldImage());
      }
      if (record.newImage() != null) {
        fields.put("NewImage", record.newImage());
        size += io.sable.engine.value.ItemSize.of(record.newImage());
      }
      lines.add(target.ion() ? IonItems.line(fields) : jsonLine(fields));
    }
    write(target, lines, target.base() + "data/", summary, size);
    return new Written(lines.size(), size);
  }

  private static String jsonLine(Map<String, Map<String, AttributeValue>> fields)
      throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = DynamoDbJson.JSON.createGenerator(out)) {
      json.writeStartObject();
      for (Map.Entry<String, Map<String, AttributeValue>> field : fields.entrySet()) {
        json.writeFieldName(field.getKey());
        DynamoDbJson.writeItem(json, field.getValue());
      }
      json.writeEndObject();
    }
    return out.toString();
  }

  private static void write(
      Target target, List<String> lines, String dataFolder, Map<String, Object> summary, long size)
      throws IOException {
    String folder = target.base() + target.exportId() + "/";
    put(target, folder + "_started", new byte[0]);
    StringBuilder files = new StringBuilder();
    int from = 0;
    do {
      int to = Math.min(lines.size(), from + ITEMS_PER_FILE);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
        for (String line : lines.subList(from, to)) {
          gzip.write(line.getBytes(StandardCharsets.UTF_8));
          gzip.write('\n');
        }
      }
      byte[] object = bytes.toByteArray();
      String key = dataFolder + randomName() + (target.ion() ? ".ion.gz" : ".json.gz");
      put(target, key, object);
      byte[] md5 = md5(object);
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("itemCount", (long) (to - from));
      entry.put("md5Checksum", Base64.getEncoder().encodeToString(md5));
      entry.put("etag", HexFormat.of().formatHex(md5(md5)) + "-1");
      entry.put("dataFileS3Key", key);
      files.append(json(entry)).append('\n');
      from = to;
    } while (from < lines.size());
    byte[] filesManifest = files.toString().getBytes(StandardCharsets.UTF_8);
    put(target, target.manifestFilesKey(), filesManifest);
    put(target, folder + "manifest-files.checksum", hexMd5(filesManifest));
    Map<String, Object> fields = new LinkedHashMap<>(summary);
    fields.put("manifestFilesS3Key", target.manifestFilesKey());
    fields.put("billedSizeBytes", size);
    fields.put("itemCount", (long) lines.size());
    byte[] summaryBytes = json(fields).getBytes(StandardCharsets.UTF_8);
    put(target, target.manifestSummaryKey(), summaryBytes);
    put(target, folder + "manifest-summary.checksum", hexMd5(summaryBytes));
  }

  private static String json(Map<String, Object> fields) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = DynamoDbJson.JSON.createGenerator(out)) {
      json.writeStartObject();
      for (Map.Entry<String, Object> field : fields.entrySet()) {
        Object value = field.getValue();
        if (value == null) {
          json.writeNullField(field.getKey());
        } else if (value instanceof Long number) {
          json.writeNumberField(field.getKey(), number);
        } else {
          json.writeStringField(field.getKey(), value.toString());
        }
      }
      json.writeEndObject();
    }
    return out.toString();
  }

  private static void put(Target target, String key, byte[] bytes) throws IOException {
    Path file = target.root().object(target.bucket(), key);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  private static byte[] hexMd5(byte[] bytes) {
    return HexFormat.of().formatHex(md5(bytes)).getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] md5(byte[] bytes) {
    try {
      return MessageDigest.getInstance("MD5").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is required of every JDK", e);
    }
  }

  private static String randomName() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    char[] name = new char[26];
    for (int i = 0; i < name.length; i++) {
      name[i] = BASE32[random.nextInt(BASE32.length)];
    }
    return new String(name);
  }
}
