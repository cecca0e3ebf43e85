package io.sable.processor.behaviour;

import io.sable.runtime.schema.Attributes;
import io.sable.runtime.schema.DocumentSchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The map ({@code M}) a {@link Address} is stored as inside entities.
 */
@Generated("io.sable.processor.SableProcessor")
public final class AddressSchema extends DocumentSchema<Address> {
  /**
   * The schema; it holds no state.
   */
  public static final AddressSchema INSTANCE = new AddressSchema();

  static final AttributeConverter<String> STREET_CONVERTER = Attributes.converter(String.class);

  static final AttributeConverter<String> CITY_CONVERTER = Attributes.converter(String.class);

  static final AttributeConverter<String> POSTCODE_CONVERTER = Attributes.converter(String.class);

  private AddressSchema() {
    super(Address.class, List.of("street", "city", "postcode"));
  }

  @Override
  public Map<String, AttributeValue> itemToMap(Address document, boolean ignoreNulls) {
    Map<String, AttributeValue> item = new HashMap<>(5);
    Attributes.put(item, "street", STREET_CONVERTER, document.street(), ignoreNulls);
    Attributes.put(item, "city", CITY_CONVERTER, document.city(), ignoreNulls);
    Attributes.put(item, "postcode", POSTCODE_CONVERTER, document.postcode().orElse(null), ignoreNulls);
    return item;
  }

  @Override
  public Address mapToItem(Map<String, AttributeValue> item) {
    return new Address(
        Attributes.get(item, "street", STREET_CONVERTER),
        Attributes.get(item, "city", CITY_CONVERTER),
        Optional.ofNullable(Attributes.get(item, "postcode", POSTCODE_CONVERTER)));
  }
}
