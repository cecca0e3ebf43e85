package io.sable.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.sable.processor.model.EntityModel;
import io.sable.processor.model.FieldModel;
import io.sable.processor.model.KeyAttributeType;
import io.sable.processor.model.KeyModel;
import io.sable.processor.model.TableModel;
import io.sable.processor.model.TemplateModel;
import io.sable.runtime.key.KeyTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code FooKeys}: the key templates of an entity as constants, a method that encodes each
 * key value from field values, the primary key as an attribute map, and a record and decoder per
 * key that take key values apart into their fields.
 */
final class KeysWriter {

  static final TypeName KEY_MAP =
      ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), RuntimeTypes.ATTRIBUTE_VALUE);

  private final EntityModel entity;
  private final TableModel table;

  KeysWriter(EntityModel entity, TableModel table) {
    this.entity = entity;
    this.table = table;
  }

  /** The Java type a key method returns: a string for a {@code STRING} key, the attribute value otherwise. */
  static TypeName keyValueType(KeyAttributeType type) {
    return type == KeyAttributeType.S ? ClassName.get(String.class) : RuntimeTypes.ATTRIBUTE_VALUE;
  }

  /** The key's attribute value from a key method's result. */
  static CodeBlock keyAttributeValue(KeyAttributeType type, CodeBlock keyMethodCall) {
    return type == KeyAttributeType.S
        ? CodeBlock.of("$T.fromS($L)", RuntimeTypes.ATTRIBUTE_VALUE, keyMethodCall)
        : keyMethodCall;
  }

  TypeSpec write() {
    TypeSpec.Builder type = TypeSpec.classBuilder(Segments.keysClass(entity))
        .addAnnotation(RuntimeTypes.GENERATED)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The key values of {@link $T} items: key templates, encoders and decoders.\n", entity.className())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    addCodecConstants(type);
    for (KeyModel key : keys()) {
      addKey(type, key);
    }
    addPrimaryKeyMaps(type, entity.key(table, null).orElseThrow());
    return type.build();
  }

  private List<KeyModel> keys() {
    List<KeyModel> keys = new ArrayList<>();
    keys.add(entity.key(table, null).orElseThrow());
    keys.addAll(entity.indexKeysOf(table));
    return keys;
  }

  private void addCodecConstants(TypeSpec.Builder type) {
    Set<String> declared = new LinkedHashSet<>();
    for (KeyModel key : keys()) {
      for (TemplateModel template : templates(key)) {
        if (!isString(key, template)) {
          continue;
        }
        int count = template.fields().size();
        for (int i = 0; i < count + (template.shard() == null ? 0 : 1); i++) {
          FieldModel field = field(i < count ? template.fields().get(i) : template.shard().sourceField());
          String format = i < count ? template.template().segmentFormat(i) : null;
          if (Segments.needsConstant(field, format) && declared.add(Segments.codecConstant(field, format))) {
            type.addField(FieldSpec.builder(ParameterizedTypeName.get(RuntimeTypes.SEGMENT_CODEC, field.valueType()),
                    Segments.codecConstant(field, format), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The key segment codec of {@code $L}$L.\n", field.name(),
                    format == null ? "" : " in format {@code " + format + "}")
                .initializer(Segments.codecInitializer(field, format))
                .build());
          }
        }
      }
    }
  }

  private static List<TemplateModel> templates(KeyModel key) {
    return key.sortKey() == null ? List.of(key.partitionKey()) : List.of(key.partitionKey(), key.sortKey());
  }

  private static boolean isString(KeyModel key, TemplateModel template) {
    return (template == key.partitionKey() ? key.partitionKeyType() : key.sortKeyType()) == KeyAttributeType.S;
  }

  private void addKey(TypeSpec.Builder type, KeyModel key) {
    KeyNaming naming = new KeyNaming(key);
    addEncoder(type, naming.partitionKeyConstant(), naming.partitionKeyMethod(), key.partitionKey(),
        key.partitionKeyType(), "partition key", key.partitionKeyAttribute(), key);
    if (key.sortKey() != null) {
      addEncoder(type, naming.sortKeyConstant(), naming.sortKeyMethod(), key.sortKey(), key.sortKeyType(), "sort key",
          key.sortKeyAttribute(), key);
    }
    addDecoder(type, naming, key);
  }

  private void addEncoder(TypeSpec.Builder type, String constant, String method, TemplateModel template,
      KeyAttributeType keyType, String role, String attribute, KeyModel key) {
    MethodSpec.Builder encoder = MethodSpec.methodBuilder(method)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(keyValueType(keyType));
    for (String name : template.encoderFields()) {
      encoder.addParameter(keyFieldType(field(name)), name);
    }
    if (keyType != KeyAttributeType.S) {
      FieldModel field = field(template.fields().get(0));
      encoder.addJavadoc("The $L of $L ({@code $L}): {@code $L} as is, a $L.\n", role, key.describe(), attribute,
          field.name(), keyType == KeyAttributeType.N ? "number" : "binary")
          .addStatement("return $T.$L.transformFrom($L)", entity.generated("Schema"), Converters.constant(field),
              field.name());
      type.addMethod(encoder.build());
      return;
    }
    type.addField(FieldSpec.builder(RuntimeTypes.KEY_TEMPLATE, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The $L template of $L, stored in attribute {@code $L}.\n", role, key.describe(), attribute)
        .initializer("$T.parse($S)", RuntimeTypes.KEY_TEMPLATE, template.text())
        .build());
    List<CodeBlock> segments = new ArrayList<>();
    for (int i = 0; i < template.fields().size(); i++) {
      segments.add(Segments.encode(template, i, entity, CodeBlock.of("$L", template.fields().get(i))));
    }
    encoder.addJavadoc("The $L value {@code $L} of $L.\n\n", role, template.text(), key.describe());
    KeyTemplate.Shard shard = template.shard();
    if (shard == null) {
      encoder.addStatement("return $L.format($L)", constant, CodeBlock.join(segments, ", "));
    } else {
      encoder.addJavadoc("The shard, from 0 to $L, is the FNV-1a hash of the encoded {@code $L} modulo $L "
              + "({@link $T#shardOf}).\n\n", shard.count() - 1, shard.sourceField(), shard.count(),
              RuntimeTypes.WRITE_SHARDS)
          .addStatement("return $L.formatSharded($L)", constant, CodeBlock.join(prepend(
              CodeBlock.of("$L.encode($L)", Segments.codec(field(shard.sourceField()), null, entity),
                  shard.sourceField()), segments), ", "));
    }
    type.addMethod(encoder
        .addJavadoc("@throws NullPointerException if a field is null\n")
        .addJavadoc("@throws IllegalArgumentException if a field has no key encoding, or a string field holds the "
            + "literal that follows it\n")
        .build());
    if (shard != null) {
      MethodSpec.Builder all = MethodSpec.methodBuilder(new KeyNaming(key).partitionKeysMethod())
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(ParameterizedTypeName.get(List.class, String.class))
          .addJavadoc("Every shard's $L value {@code $L} of $L, shard 0 first: the $L item collections a Query "
              + "reads.\n\n", role, template.text(), key.describe(), shard.count())
          .addJavadoc("@throws NullPointerException if a field is null\n")
          .addJavadoc("@throws IllegalArgumentException if a string field holds the literal that follows it\n");
      for (String name : distinct(template.fields())) {
        all.addParameter(keyFieldType(field(name)), name);
      }
      type.addMethod(all.addStatement("return $L.shardKeys($L)", constant, CodeBlock.join(segments, ", ")).build());
    }
  }

  private void addDecoder(TypeSpec.Builder type, KeyNaming naming, KeyModel key) {
    ClassName record = Segments.keysClass(entity).nestedClass(naming.recordName());
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (String name : key.fields()) {
      constructor.addParameter(keyFieldType(field(name)), name);
    }
    type.addType(TypeSpec.recordBuilder(record)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("The fields held in a key value of $L.\n", key.describe())
        .recordConstructor(constructor.build())
        .build());

    MethodSpec.Builder decoder = MethodSpec.methodBuilder(naming.decodeMethod())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(record)
        .addJavadoc("Takes the key attributes of $L, in an item or a {@code LastEvaluatedKey}, apart into their "
            + "fields.\n\n", key.describe())
        .addJavadoc("@throws IllegalArgumentException if an attribute is missing or does not match its template\n")
        .addParameter(KEY_MAP, "key");
    Map<String, List<CodeBlock>> values = new LinkedHashMap<>();
    decodeTemplate(decoder, values, key.partitionKey(), key.partitionKeyType(), key.partitionKeyAttribute(),
        "partitionKey", naming.partitionKeyConstant());
    if (key.sortKey() != null) {
      decodeTemplate(decoder, values, key.sortKey(), key.sortKeyType(), key.sortKeyAttribute(), "sortKey",
          naming.sortKeyConstant());
    }
    List<CodeBlock> arguments = new ArrayList<>();
    for (String name : key.fields()) {
      List<CodeBlock> occurrences = values.get(name);
      CodeBlock value = occurrences.get(0);
      for (CodeBlock other : occurrences.subList(1, occurrences.size())) {
        value = CodeBlock.of("$T.sameKeyField($S, $L, $L)", RuntimeTypes.ATTRIBUTES, name, value, other);
      }
      arguments.add(value);
    }
    decoder.addStatement("return new $T($L)", record, CodeBlock.join(arguments, ",\n"));
    type.addMethod(decoder.build());

    boolean allStrings = key.partitionKeyType() == KeyAttributeType.S
        && (key.sortKey() == null || key.sortKeyType() == KeyAttributeType.S);
    if (allStrings) {
      MethodSpec.Builder fromStrings = MethodSpec.methodBuilder(naming.decodeMethod())
          .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
          .returns(record)
          .addJavadoc("Takes key values of $L apart into their fields.\n\n", key.describe())
          .addJavadoc("@throws IllegalArgumentException if a value does not match its template\n")
          .addParameter(String.class, "partitionKey");
      CodeBlock map = CodeBlock.of("$S, $T.fromS(partitionKey)", key.partitionKeyAttribute(), RuntimeTypes.ATTRIBUTE_VALUE);
      if (key.sortKey() != null) {
        fromStrings.addParameter(String.class, "sortKey");
        map = CodeBlock.of("$L, $S, $T.fromS(sortKey)", map, key.sortKeyAttribute(), RuntimeTypes.ATTRIBUTE_VALUE);
      }
      type.addMethod(fromStrings.addStatement("return $L($T.of($L))", naming.decodeMethod(), Map.class, map).build());
    }
  }

  private void decodeTemplate(MethodSpec.Builder decoder, Map<String, List<CodeBlock>> values,
      TemplateModel template, KeyAttributeType keyType, String attribute, String local, String constant) {
    CodeBlock keyAttribute = CodeBlock.of("$T.keyAttribute(key, $S)", RuntimeTypes.ATTRIBUTES, attribute);
    if (keyType != KeyAttributeType.S) {
      FieldModel field = field(template.fields().get(0));
      values.computeIfAbsent(field.name(), n -> new ArrayList<>()).add(CodeBlock.of("$T.$L.transformTo($L)",
          entity.generated("Schema"), Converters.constant(field), keyAttribute));
      return;
    }
    decoder.addStatement("String[] $LSegments = $L.split($L.s())", local, constant, keyAttribute);
    for (int i = 0; i < template.fields().size(); i++) {
      values.computeIfAbsent(template.fields().get(i), n -> new ArrayList<>())
          .add(Segments.decode(template, i, entity, CodeBlock.of("$LSegments[$L]", local, i)));
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
    fields.forEach(name -> fromFields.addParameter(field(name).type(), name));
    CodeBlock partition = CodeBlock.of("$S, $L", key.partitionKeyAttribute(), keyAttributeValue(key.partitionKeyType(),
        CodeBlock.of("$L($L)", naming.partitionKeyMethod(), String.join(", ", key.partitionKey().encoderFields()))));
    if (key.sortKey() == null) {
      fromFields.addStatement("return $T.of($L)", Map.class, partition);
    } else {
      CodeBlock sort = CodeBlock.of("$S, $L", key.sortKeyAttribute(), keyAttributeValue(key.sortKeyType(),
          CodeBlock.of("$L($L)", naming.sortKeyMethod(), String.join(", ", distinct(key.sortKey().fields())))));
      fromFields.addStatement("return $T.of($L,\n$L)", Map.class, partition, sort);
    }
    type.addMethod(fromFields.build());

    String entityParameter = Names.decapitalize(entity.className().simpleName());
    List<CodeBlock> accessors = new ArrayList<>();
    fields.forEach(name -> accessors.add(Access.read(field(name), entityParameter)));
    type.addMethod(MethodSpec.methodBuilder("primaryKey")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(KEY_MAP)
        .addJavadoc("The primary key attributes of an entity's item.\n")
        .addParameter(entity.className(), entityParameter)
        .addStatement("return primaryKey($L)", CodeBlock.join(accessors, ", "))
        .build());
  }

  private static List<CodeBlock> prepend(CodeBlock first, List<CodeBlock> rest) {
    List<CodeBlock> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }

  /** The type a key field has in key methods and records: an {@code Optional}'s value type. */
  static TypeName keyFieldType(FieldModel field) {
    return field.optional() ? field.valueType() : field.type();
  }

  private FieldModel field(String name) {
    return entity.field(name).orElseThrow();
  }

  static List<String> distinct(List<String> names) {
    return new ArrayList<>(new LinkedHashSet<>(names));
  }
}
