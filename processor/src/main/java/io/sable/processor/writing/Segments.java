package io.sable.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.sable.processor.model.EntityModel;
import io.sable.processor.model.FieldModel;
import io.sable.processor.model.ValueKind;

/** Code that encodes and decodes key template segments with the runtime's segment codecs. */
final class Segments {

  private Segments() {}

  /**
   * The codec of a field: a {@code SegmentCodecs} constant, or for an enum the constant the keys
   * class declares for it.
   */
  static CodeBlock codec(FieldModel field, EntityModel entity) {
    if (field.kind() == ValueKind.ENUM) {
      return CodeBlock.of("$T.$L", keysClass(entity), enumCodecConstant(field));
    }
    return CodeBlock.of("$T.$L", RuntimeTypes.SEGMENT_CODECS, field.kind().segmentCodec());
  }

  /** {@code codec.encode(value)}. */
  static CodeBlock encode(FieldModel field, EntityModel entity, CodeBlock value) {
    return CodeBlock.of("$L.encode($L)", codec(field, entity), value);
  }

  /** {@code codec.decode(segment)}. */
  static CodeBlock decode(FieldModel field, EntityModel entity, CodeBlock segment) {
    return CodeBlock.of("$L.decode($L)", codec(field, entity), segment);
  }

  /** The name of the keys class's codec constant for an enum field. */
  static String enumCodecConstant(FieldModel field) {
    return Names.constant(field.name()) + "_CODEC";
  }

  static ClassName keysClass(EntityModel entity) {
    return entity.generated("Keys");
  }
}
