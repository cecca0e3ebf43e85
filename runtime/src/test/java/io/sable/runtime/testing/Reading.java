package io.sable.runtime.testing;

import io.sable.runtime.key.KeyTemplate;
import io.sable.runtime.key.SegmentCodecs;
import io.sable.runtime.schema.Attributes;
import io.sable.runtime.schema.EntitySchema;
import io.sable.runtime.table.TableDefinition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A test entity written the way the processor writes one: PK {@code SENSOR#{sensor}}, SK {@code
 * R#{seq}#{tag}}.
 */
public record Reading(String sensor, int seq, String tag) {

  public static final TableDefinition TABLE =
      TableDefinition.builder("Readings").globalSecondaryIndex("GSI1", "GSI1PK", "GSI1SK").build();
  public static final KeyTemplate PARTITION_KEY = KeyTemplate.parse("SENSOR#{sensor}");
  public static final KeyTemplate SORT_KEY = KeyTemplate.parse("R#{seq}#{tag}");
  public static final KeyTemplate GSI1_PARTITION_KEY = KeyTemplate.parse("TAG#{tag}");
  public static final KeyTemplate GSI1_SORT_KEY = KeyTemplate.parse("SEQ#{seq}");

  public static final EntitySchema<Reading> SCHEMA = new Schema();

  private static final class Schema extends EntitySchema<Reading> {
    private static final AttributeConverter<String> STRING = Attributes.converter(String.class);
    private static final AttributeConverter<Integer> INTEGER = Attributes.converter(Integer.class);

    Schema() {
      super(Reading.class, "Reading", "_type", TABLE.tableMetadata(),
          List.of("PK", "SK", "GSI1PK", "GSI1SK", "_type", "sensor", "seq", "tag"));
    }

    @Override
    public Map<String, AttributeValue> primaryKey(Reading r) {
      return Map.of(
          "PK", AttributeValue.fromS(PARTITION_KEY.format(SegmentCodecs.STRING.encode(r.sensor()))),
          "SK", AttributeValue.fromS(SORT_KEY.format(SegmentCodecs.INTEGER.encode(r.seq()), SegmentCodecs.STRING.encode(r.tag()))));
    }

    @Override
    public Map<String, AttributeValue> itemToMap(Reading r, boolean ignoreNulls) {
      Map<String, AttributeValue> item = new HashMap<>(primaryKey(r));
      if (r.tag() != null) {
        item.put("GSI1PK", AttributeValue.fromS(GSI1_PARTITION_KEY.format(r.tag())));
        item.put("GSI1SK", AttributeValue.fromS(GSI1_SORT_KEY.format(SegmentCodecs.INTEGER.encode(r.seq()))));
      }
      item.put("_type", AttributeValue.fromS("Reading"));
      Attributes.put(item, "sensor", STRING, r.sensor(), ignoreNulls);
      item.put("seq", INTEGER.transformFrom(r.seq()));
      Attributes.put(item, "tag", STRING, r.tag(), ignoreNulls);
      return item;
    }

    @Override
    public Reading mapToItem(Map<String, AttributeValue> item) {
      return new Reading(
          Attributes.get(item, "sensor", STRING),
          Attributes.getOrDefault(item, "seq", INTEGER, 0),
          Attributes.get(item, "tag", STRING));
    }
  }
}
