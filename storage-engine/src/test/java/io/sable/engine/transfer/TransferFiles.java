package io.sable.engine.transfer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Reads and writes the files of exports and import sources in tests. */
final class TransferFiles {
  private static final JsonFactory JSON = new JsonFactory();

  private TransferFiles() {}

  /** A flat JSON object: field to string, long, or null, in order. */
  static Map<String, Object> flatJson(String text) throws IOException {
    Map<String, Object> fields = new LinkedHashMap<>();
    try (JsonParser json = JSON.createParser(text)) {
      json.nextToken();
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String name = json.currentName();
        JsonToken value = json.nextToken();
        fields.put(
            name,
            switch (value) {
              case VALUE_NULL -> null;
              case VALUE_NUMBER_INT -> json.getLongValue();
              default -> json.getText();
            });
      }
    }
    return fields;
  }

  /** The lines of a JSON-lines file. */
  static List<Map<String, Object>> flatJsonLines(Path file) throws IOException {
    List<Map<String, Object>> lines = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank()) {
        lines.add(flatJson(line));
      }
    }
    return lines;
  }

  /** The decompressed text of a gzipped file. */
  static String gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** {@code text}, gzipped. */
  static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  /** Writes {@code bytes} to {@code root/bucket/key}, creating folders. */
  static void put(Path root, String bucket, String key, byte[] bytes) throws IOException {
    Path file = root.resolve(bucket).resolve(key);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }
}
