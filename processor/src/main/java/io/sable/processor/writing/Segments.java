package io.sable.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.sable.processor.model.EntityModel;
import io.sable.processor.model.FieldModel;
import io.sable.processor.model.SegmentCodecSpec;
import io.sable.processor.model.TemplateModel;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Code that encodes and decodes key template segments with the runtime's segment codecs. A codec
 * that is not a {@code SegmentCodecs} constant (an enum's, or a formatted field's) is a constant of
 * the entity's keys class, named after the field and format.
 */
final class Segments {

  private Segments() {}

  /** The codec of a field in a template position. */
  static CodeBlock codec(FieldModel field, String format, EntityModel entity) {
    SegmentCodecSpec spec = SegmentCodecSpec.of(field.kind(), format);
    if (spec.constant() != null) {
      return CodeBlock.of("$T.$L", RuntimeTypes.SEGMENT_CODECS, spec.constant());
    }
    return CodeBlock.of("$T.$L", keysClass(entity), codecConstant(field, format));
  }

  /** The initializer of a keys-class codec constant ({@link #codec} is not a SegmentCodecs constant). */
  static CodeBlock codecInitializer(FieldModel field, String format) {
    SegmentCodecSpec spec = SegmentCodecSpec.of(field.kind(), format);
    if (spec.isEnum()) {
      return CodeBlock.of("$T.$L($T.class)", RuntimeTypes.SEGMENT_CODECS, spec.factory(), field.valueType());
    }
    if (spec.argument().startsWith("ChronoUnit.")) {
      return CodeBlock.of("$T.$L($T.$L)", RuntimeTypes.SEGMENT_CODECS, spec.factory(), ChronoUnit.class,
          spec.argument().substring("ChronoUnit.".length()));
    }
    return CodeBlock.of("$T.$L($L)", RuntimeTypes.SEGMENT_CODECS, spec.factory(), spec.argument());
  }

  /** Whether the keys class declares a constant for this field and format. */
  static boolean needsConstant(FieldModel field, String format) {
    return SegmentCodecSpec.of(field.kind(), format).constant() == null;
  }

  /** The keys-class constant of a field's codec: {@code STATUS_CODEC}, {@code AT_MILLIS_CODEC}. */
  static String codecConstant(FieldModel field, String format) {
    String name = Names.constant(field.name());
    return (format == null ? name : name + "_" + format.toUpperCase(Locale.ROOT)) + "_CODEC";
  }

  /** {@code codec.encode(value)} for the field at template position {@code index}. */
  static CodeBlock encode(TemplateModel template, int index, EntityModel entity, CodeBlock value) {
    FieldModel field = entity.field(template.fields().get(index)).orElseThrow();
    return CodeBlock.of("$L.encode($L)", codec(field, template.template().segmentFormat(index), entity), value);
  }

  /** {@code codec.decode(segment)} for the field at template position {@code index}. */
  static CodeBlock decode(TemplateModel template, int index, EntityModel entity, CodeBlock segment) {
    FieldModel field = entity.field(template.fields().get(index)).orElseThrow();
    return CodeBlock.of("$L.decode($L)", codec(field, template.template().segmentFormat(index), entity), segment);
  }

  static ClassName keysClass(EntityModel entity) {
    return entity.generated("Keys");
  }
}
