package io.sable.engine.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ExportDescription;
import software.amazon.awssdk.services.dynamodb.model.ExportFormat;
import software.amazon.awssdk.services.dynamodb.model.ImportTableDescription;
import software.amazon.awssdk.services.dynamodb.model.InputCompressionType;
import software.amazon.awssdk.services.dynamodb.model.InputFormat;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;

/**
 * An export (DynamoDB JSON or Amazon Ion) imported back into a new table holds the same items, for
 * items of every attribute type: S, N, B, BOOL, NULL, L, M, SS, NS and BS, nested.
 */
class ExportImportRoundTripTest {
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  @Provide
  Arbitrary<List<Map<String, AttributeValue>>> tables() {
    return Arbitraries.randomValue(ExportImportRoundTripTest::items);
  }

  @Property(tries = 40, seed = "17", generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
  void exportThenImport_inDynamoDbJson_givesEqualItems(
      @ForAll("tables") List<Map<String, AttributeValue>> items) throws IOException {
    roundTrip(items, ExportFormat.DYNAMODB_JSON, InputFormat.DYNAMODB_JSON);
  }

  @Property(tries = 40, seed = "18", generation = GenerationMode.RANDOMIZED, shrinking = ShrinkingMode.OFF)
  void exportThenImport_inIon_givesEqualItems(
      @ForAll("tables") List<Map<String, AttributeValue>> items) throws IOException {
    roundTrip(items, ExportFormat.ION, InputFormat.ION);
  }

  static void roundTrip(
      List<Map<String, AttributeValue>> items, ExportFormat exportFormat, InputFormat inputFormat)
      throws IOException {
    Path s3 = Files.createTempDirectory("sable-s3");
    ManualClock clock = new ManualClock(T0);
    try (SableEngine engine =
        SableEngine.builder()
            .clock(clock)
            .ttlSweepInterval(Duration.ZERO)
            .autoScalingInterval(Duration.ZERO)
            .s3Root(s3)
            .exportSource(new CurrentItemsSource(T0.minus(Duration.ofDays(1))))
            .build()) {
      Files.createDirectories(s3.resolve("bucket"));
      DynamoDbClient client = engine.dynamoDbClient();
      client.createTable(b -> b.tableName("source")
          .billingMode(BillingMode.PAY_PER_REQUEST)
          .keySchema(
              KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
              KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
          .attributeDefinitions(
              AttributeDefinition.builder().attributeName("pk").attributeType("S").build(),
              AttributeDefinition.builder().attributeName("sk").attributeType("N").build()));
      for (Map<String, AttributeValue> item : items) {
        client.putItem(b -> b.tableName("source").item(item));
      }
      ExportDescription export =
          client.exportTableToPointInTime(b -> b.tableArn(
                      "arn:aws:dynamodb:us-east-1:000000000000:table/source")
                  .s3Bucket("bucket")
                  .s3Prefix("out")
                  .exportFormat(exportFormat))
              .exportDescription();
      String exportId = export.exportArn().substring(export.exportArn().lastIndexOf('/') + 1);
      ImportTableDescription imported =
          client.importTable(b -> b.s3BucketSource(s -> s.s3Bucket("bucket")
                      .s3KeyPrefix("out/AWSDynamoDB/" + exportId + "/data/"))
                  .inputFormat(inputFormat)
                  .inputCompressionType(InputCompressionType.GZIP)
                  .tableCreationParameters(t -> t.tableName("copy")
                      .billingMode(BillingMode.PAY_PER_REQUEST)
                      .keySchema(
                          KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
                          KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build())
                      .attributeDefinitions(
                          AttributeDefinition.builder().attributeName("pk").attributeType("S").build(),
                          AttributeDefinition.builder().attributeName("sk").attributeType("N").build())))
              .importTableDescription();
      clock.advance(TransferSettings.DEFAULT_DURATION);
      assertThat(client.describeImport(b -> b.importArn(imported.importArn()))
              .importTableDescription()
              .errorCount())
          .isZero();
      assertThat(scan(client, "copy")).isEqualTo(scan(client, "source"));
      assertThat(scan(client, "copy")).hasSize(distinctKeys(items));
    } finally {
      try (Stream<Path> files = Files.walk(s3)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  static Set<Map<String, AttributeValue>> scan(DynamoDbClient client, String table) {
    return new HashSet<>(client.scan(b -> b.tableName(table)).items());
  }

  static int distinctKeys(List<Map<String, AttributeValue>> items) {
    Set<List<AttributeValue>> keys = new HashSet<>();
    for (Map<String, AttributeValue> item : items) {
      keys.add(List.of(item.get("pk"), item.get("sk")));
    }
    return keys.size();
  }

  static List<Map<String, AttributeValue>> items(Random random) {
    List<Map<String, AttributeValue>> items = new ArrayList<>();
    int count = random.nextInt(12);
    for (int i = 0; i < count; i++) {
      Map<String, AttributeValue> item = new LinkedHashMap<>();
      item.put("pk", AttributeValue.fromS("p" + random.nextInt(4)));
      item.put("sk", AttributeValue.fromN(Integer.toString(random.nextInt(6))));
      int attributes = random.nextInt(6);
      for (int a = 0; a < attributes; a++) {
        item.put("a" + a + text(random, 3), value(random, 0));
      }
      items.add(item);
    }
    return items;
  }

  static AttributeValue value(Random random, int depth) {
    int kind = random.nextInt(depth >= 3 ? 8 : 10);
    return switch (kind) {
      case 0 -> AttributeValue.fromS(text(random, 8));
      case 1 -> AttributeValue.fromN(number(random));
      case 2 -> AttributeValue.fromB(SdkBytes.fromByteArray(bytes(random)));
      case 3 -> AttributeValue.fromBool(random.nextBoolean());
      case 4 -> AttributeValue.fromNul(true);
      case 5 -> {
        Set<String> set = new HashSet<>();
        int n = 1 + random.nextInt(3);
        while (set.size() < n) {
          set.add(text(random, 5));
        }
        yield AttributeValue.fromSs(new ArrayList<>(set));
      }
      case 6 -> {
        Set<Integer> set = new HashSet<>();
        int n = 1 + random.nextInt(3);
        while (set.size() < n) {
          set.add(random.nextInt(1000) - 500);
        }
        yield AttributeValue.fromNs(set.stream().map(String::valueOf).toList());
      }
      case 7 -> {
        List<SdkBytes> set = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int n = 1 + random.nextInt(3);
        while (set.size() < n) {
          byte[] b = bytes(random);
          if (b.length > 0 && seen.add(java.util.Arrays.toString(b))) {
            set.add(SdkBytes.fromByteArray(b));
          }
        }
        yield AttributeValue.fromBs(set);
      }
      case 8 -> {
        List<AttributeValue> list = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          list.add(value(random, depth + 1));
        }
        yield AttributeValue.fromL(list);
      }
      default -> {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          map.put(text(random, 4) + i, value(random, depth + 1));
        }
        yield AttributeValue.fromM(map);
      }
    };
  }

  // A number whose text BigDecimal gives back unchanged (DynamoDB keeps nested numbers as written).
  static String number(Random random) {
    BigDecimal value = BigDecimal.valueOf(random.nextLong() % 1_000_000_000L, random.nextInt(8) - 2);
    return value.toString();
  }

  static byte[] bytes(Random random) {
    byte[] bytes = new byte[random.nextInt(6)];
    random.nextBytes(bytes);
    return bytes;
  }

  static String text(Random random, int max) {
    StringBuilder text = new StringBuilder();
    int length = 1 + random.nextInt(max);
    for (int i = 0; i < length; i++) {
      int pick = random.nextInt(10);
      String specials = "\"\\,;é€\n\t";
      if (pick < 6) {
        text.append((char) ('a' + random.nextInt(26)));
      } else if (pick < 8) {
        text.append(specials.charAt(random.nextInt(specials.length())));
      } else {
        text.appendCodePoint(0x1F600 + random.nextInt(20));
      }
    }
    return text.toString();
  }
}
