package io.sable.engine.api.internal;

import io.sable.engine.value.InvalidRequestException;
import software.amazon.awssdk.services.dynamodb.model.StreamSpecification;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;

/**
 * Validates a {@code StreamSpecification} of CreateTable or UpdateTable, with DynamoDB's messages
 * (as DynamoDB Local 3.1.0 sends them): {@code StreamEnabled: true} needs a {@code StreamViewType};
 * {@code StreamEnabled: false} takes none.
 */
final class StreamSpecifications {
  private static final String INVALID = "Invalid StreamViewType: Stream ";

  private StreamSpecifications() {}

  /**
   * The view type of a stream to enable, or {@code null} if the specification is absent or
   * disables streams.
   *
   * @throws InvalidRequestException if the specification is inconsistent
   */
  static StreamViewType viewType(StreamSpecification specification) {
    if (specification == null) {
      return null;
    }
    String viewType = specification.streamViewTypeAsString();
    if (!Boolean.TRUE.equals(specification.streamEnabled())) {
      if (viewType != null) {
        throw new InvalidRequestException(
            INVALID + "StreamEnabled was false but a StreamViewType was present.");
      }
      return null;
    }
    if (viewType == null || viewType.isEmpty()) {
      throw new InvalidRequestException(
          INVALID + "ViewType must not be null or empty when enabling streams.");
    }
    StreamViewType type = StreamViewType.fromValue(viewType);
    if (type == StreamViewType.UNKNOWN_TO_SDK_VERSION) {
      throw new InvalidRequestException(
          "1 validation error detected: Value '" + viewType + "' at"
              + " 'streamSpecification.streamViewType' failed to satisfy constraint: Member must"
              + " satisfy enum value set: [NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES, KEYS_ONLY]");
    }
    return type;
  }
}
