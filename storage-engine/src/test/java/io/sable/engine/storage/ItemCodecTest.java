package io.sable.engine.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ItemCodecTest {
  @Test
  void decode_whenEncodedItemHasEveryType_returnsAnEqualItem() {
    Map<String, AttributeValue> item = Map.of(
        "s", AttributeValue.fromS("héllo"),
        "n", AttributeValue.fromN("-12.5E+3"),
        "b", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, 1, (byte) 255})),
        "t", AttributeValue.fromBool(true),
        "f", AttributeValue.fromBool(false),
        "null", AttributeValue.fromNul(true),
        "ss", AttributeValue.fromSs(List.of("a", "b")),
        "ns", AttributeValue.fromNs(List.of("1", "2.5")),
        "bs", AttributeValue.fromBs(List.of(SdkBytes.fromByteArray(new byte[] {7}))),
        "m", AttributeValue.fromM(Map.of("l", AttributeValue.fromL(List.of(
            AttributeValue.fromS(""), AttributeValue.fromM(Map.of()), AttributeValue.fromL(List.of()))))));

    assertThat(ItemCodec.decode(ItemCodec.encode(item))).isEqualTo(item);
  }

  @Test
  void decode_whenBytesTruncatedOrTagUnknown_throwsCorruptDataException() {
    byte[] encoded = ItemCodec.encode(Map.of("s", AttributeValue.fromS("value")));
    byte[] truncated = java.util.Arrays.copyOf(encoded, encoded.length - 1);
    assertThatThrownBy(() -> ItemCodec.decode(truncated)).isInstanceOf(CorruptDataException.class);
    byte[] badTag = encoded.clone();
    badTag[3] = 99; // count, name length, 's', then the tag
    assertThatThrownBy(() -> ItemCodec.decode(badTag))
        .isInstanceOf(CorruptDataException.class).hasMessageContaining("unknown attribute value tag 99");
  }
}
