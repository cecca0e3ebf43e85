package io.sable.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.sable.processor.model.EntityModel;
import io.sable.processor.model.FieldModel;
import io.sable.processor.model.KeyModel;
import io.sable.processor.model.TableModel;
import io.sable.processor.model.TemplateModel;
import io.sable.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code FooKeys}: the key templates of an entity as constants, a method that encodes each
 * key value from field values, the primary key as an attribute map, and a record and decoder per
 * key that take key values apart into their fields.
 */
final class KeysWriter {

  private static final TypeName KEY_MAP =
      ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), RuntimeTypes.ATTRIBUTE_VALUE);

  private final EntityModel entity;
  private final TableModel table;

  KeysWriter(EntityModel entity, TableModel table) {
    this.entity = entity;
    this.table = table;
  }

  TypeSpec write() {
    ClassName name = Segments.keysClass(entity);
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addAnnotation(RuntimeTypes.GENERATED)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The key values of {@link $T} items: key templates, encoders and decoders.\n", entity.className())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (FieldModel field : keyFields()) {
      if (field.kind() == ValueKind.ENUM) {
        type.addField(FieldSpec.builder(
                ParameterizedTypeName.get(RuntimeTypes.SEGMENT_CODEC, field.type()),
                Segments.enumCodecConstant(field), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The key segment codec of {@code $L}: the constant's name.\n", field.name())
            .initializer("$T.enumCodec($T.class)", RuntimeTypes.SEGMENT_CODECS, field.type())
            .build());
      }
    }
    for (KeyModel key : keys()) {
      addKey(type, key);
    }
    addPrimaryKeyMaps(type, entity.key(table, null).orElseThrow());
    return type.build();
  }

  private List<KeyModel> keys() {
    List<KeyModel> keys = new ArrayList<>();
    keys.add(entity.key(table, null).orElseThrow());
    entity.indexKeys().forEach(indexKey -> keys.add(entity.key(table, indexKey.index()).orElseThrow()));
    return keys;
  }

  private List<FieldModel> keyFields() {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    keys().forEach(key -> names.addAll(key.fields()));
    return names.stream().map(n -> entity.field(n).orElseThrow()).toList();
  }

  private void addKey(TypeSpec.Builder type, KeyModel key) {
    KeyNaming naming = new KeyNaming(key);
    addTemplate(type, naming.partitionKeyConstant(), naming.partitionKeyMethod(), key.partitionKey(),
        "partition key", key);
    if (key.sortKey() != null) {
      addTemplate(type, naming.sortKeyConstant(), naming.sortKeyMethod(), key.sortKey(), "sort key", key);
    }
    addDecoder(type, naming, key);
  }

  private void addTemplate(
      TypeSpec.Builder type, String constant, String method, TemplateModel template, String role, KeyModel key) {
    String attribute = role.equals("partition key") ? key.partitionKeyAttribute() : key.sortKeyAttribute();
    type.addField(FieldSpec.builder(RuntimeTypes.KEY_TEMPLATE, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The $L template of $L, stored in attribute {@code $L}.\n", role, key.describe(), attribute)
        .initializer("$T.parse($S)", RuntimeTypes.KEY_TEMPLATE, template.text())
        .build());
    MethodSpec.Builder encoder = MethodSpec.methodBuilder(method)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(String.class)
        .addJavadoc("The $L value {@code $L} of $L.\n\n", role, template.text(), key.describe())
        .addJavadoc("@throws NullPointerException if a field is null\n")
        .addJavadoc("@throws IllegalArgumentException if a field has no key encoding, or a string field holds the "
            + "literal that follows it\n");
    for (String field : distinct(template.fields())) {
      encoder.addParameter(parameter(field));
    }
    encoder.addStatement("return $L", format(CodeBlock.of("$L", constant), template, field -> CodeBlock.of("$L", field)));
    type.addMethod(encoder.build());
  }

  /** {@code CONSTANT.format(codec.encode(a), codec.encode(b))}. */
  private CodeBlock format(CodeBlock constant, TemplateModel template, Function<String, CodeBlock> value) {
    List<CodeBlock> segments = new ArrayList<>();
    for (String name : template.fields()) {
      segments.add(Segments.encode(entity.field(name).orElseThrow(), entity, value.apply(name)));
    }
    return CodeBlock.of("$L.format($L)", constant, CodeBlock.join(segments, ", "));
  }

  private void addDecoder(TypeSpec.Builder type, KeyNaming naming, KeyModel key) {
    ClassName record = Segments.keysClass(entity).nestedClass(naming.recordName());
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (String field : key.fields()) {
      constructor.addParameter(parameter(field));
    }
    type.addType(TypeSpec.recordBuilder(record)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The fields held in a key value of $L.\n", key.describe())
        .recordConstructor(constructor.build())
        .build());

    MethodSpec.Builder decoder = MethodSpec.methodBuilder(naming.decodeMethod())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(record)
        .addJavadoc("Takes a key value of $L apart into its fields.\n\n", key.describe())
        .addJavadoc("@throws IllegalArgumentException if a value does not match its template\n")
        .addParameter(String.class, "partitionKey");
    decoder.addStatement("String[] partitionKeySegments = $L.split(partitionKey)", naming.partitionKeyConstant());
    Map<String, List<CodeBlock>> occurrences = new HashMap<>();
    collect(occurrences, key.partitionKey(), "partitionKeySegments");
    if (key.sortKey() != null) {
      decoder.addParameter(String.class, "sortKey");
      decoder.addStatement("String[] sortKeySegments = $L.split(sortKey)", naming.sortKeyConstant());
      collect(occurrences, key.sortKey(), "sortKeySegments");
    }
    List<CodeBlock> arguments = new ArrayList<>();
    for (String name : key.fields()) {
      List<CodeBlock> segments = occurrences.get(name);
      CodeBlock segment = segments.get(0);
      for (CodeBlock other : segments.subList(1, segments.size())) {
        segment = CodeBlock.of("$T.sameSegment($S, $L, $L)", RuntimeTypes.KEY_TEMPLATE, name, segment, other);
      }
      arguments.add(Segments.decode(entity.field(name).orElseThrow(), entity, segment));
    }
    decoder.addStatement("return new $T($L)", record, CodeBlock.join(arguments, ",\n"));
    type.addMethod(decoder.build());
  }

  private static void collect(Map<String, List<CodeBlock>> occurrences, TemplateModel template, String array) {
    List<String> fields = template.fields();
    for (int i = 0; i < fields.size(); i++) {
      occurrences.computeIfAbsent(fields.get(i), k -> new ArrayList<>()).add(CodeBlock.of("$L[$L]", array, i));
    }
  }

  private void addPrimaryKeyMaps(TypeSpec.Builder type, KeyModel key) {
    KeyNaming naming = new KeyNaming(key);
    MethodSpec.Builder fromFields = MethodSpec.methodBuilder("primaryKey")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(KEY_MAP)
        .addJavadoc("The primary key attributes of the item with these key fields, for GetItem, DeleteItem and "
            + "UpdateItem.\n");
    List<String> fields = key.fields();
    fields.forEach(field -> fromFields.addParameter(parameter(field)));
    CodeBlock partition = CodeBlock.of("$S, $T.fromS($L($L))", key.partitionKeyAttribute(), RuntimeTypes.ATTRIBUTE_VALUE,
        naming.partitionKeyMethod(), String.join(", ", distinct(key.partitionKey().fields())));
    if (key.sortKey() == null) {
      fromFields.addStatement("return $T.of($L)", Map.class, partition);
    } else {
      fromFields.addStatement("return $T.of($L,\n$S, $T.fromS($L($L)))", Map.class, partition,
          key.sortKeyAttribute(), RuntimeTypes.ATTRIBUTE_VALUE, naming.sortKeyMethod(),
          String.join(", ", distinct(key.sortKey().fields())));
    }
    type.addMethod(fromFields.build());

    String entityParameter = Names.decapitalize(entity.className().simpleName());
    type.addMethod(MethodSpec.methodBuilder("primaryKey")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(KEY_MAP)
        .addJavadoc("The primary key attributes of an entity's item.\n")
        .addParameter(entity.className(), entityParameter)
        .addStatement("return primaryKey($L)", String.join(", ",
            fields.stream().map(f -> entityParameter + "." + f + "()").toList()))
        .build());
  }

  private ParameterSpec parameter(String field) {
    return ParameterSpec.builder(entity.field(field).orElseThrow().type(), field).build();
  }

  private static List<String> distinct(List<String> names) {
    return new ArrayList<>(new LinkedHashSet<>(names));
  }
}
