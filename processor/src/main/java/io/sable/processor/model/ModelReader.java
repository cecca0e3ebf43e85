package io.sable.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/** Reads {@link TableModel}s and {@link EntityModel}s from annotated elements. */
public final class ModelReader {

  private final ProcessingEnvironment env;
  private final AnnotationReader annotations;

  public ModelReader(ProcessingEnvironment env) {
    this.env = env;
    this.annotations = new AnnotationReader(env.getElementUtils());
  }

  /** The table declared by a {@code @Table} type, or empty if the type has no {@code @Table}. */
  public Optional<TableModel> readTable(TypeElement type) {
    return annotations.find(type, Annotations.TABLE).map(table -> {
      Source source = Source.of(type, table);
      List<IndexModel> indexes = new ArrayList<>();
      for (AnnotationMirror index : annotations.annotations(table, "indexes")) {
        indexes.add(new IndexModel(
            annotations.string(index, "name"),
            annotations.string(index, "partitionKey"),
            emptyToNull(annotations.string(index, "sortKey")),
            Source.of(type, index)));
      }
      return new TableModel(
          type,
          annotations.string(table, "name"),
          annotations.string(table, "partitionKey"),
          emptyToNull(annotations.string(table, "sortKey")),
          annotations.string(table, "entityTypeAttribute"),
          List.copyOf(indexes),
          source);
    });
  }

  /**
   * The {@code @Table} type an {@code @Entity} names: empty if the {@code table} value is a type
   * that does not exist yet (generated later, or misspelled).
   */
  public Optional<TypeElement> tableOf(TypeElement entity) {
    return annotations.find(entity, Annotations.ENTITY)
        .map(mirror -> annotations.type(mirror, "table"))
        .filter(type -> type.getKind() == TypeKind.DECLARED)
        .map(type -> (TypeElement) ((DeclaredType) type).asElement());
  }

  /** The {@code table} value of an entity's {@code @Entity}, for reporting a problem with it. */
  public Source tableValueSource(TypeElement entity) {
    AnnotationMirror mirror = annotations.find(entity, Annotations.ENTITY).orElseThrow();
    return Source.of(entity, mirror).at("table", annotations.value(mirror, "table"));
  }

  /** Whether a record component's type does not exist yet, so the entity must wait a round. */
  public boolean hasUnresolvedTypes(TypeElement entity) {
    for (RecordComponentElement component : ElementFilter.recordComponentsIn(entity.getEnclosedElements())) {
      if (component.asType().getKind() == TypeKind.ERROR) {
        return true;
      }
    }
    return tableOf(entity).isEmpty();
  }

  /** The entity declared by an {@code @Entity} type. */
  public EntityModel readEntity(TypeElement type) {
    AnnotationMirror entity = annotations.find(type, Annotations.ENTITY).orElseThrow();
    Source source = Source.of(type, entity);
    TypeElement table = tableOf(type).filter(t -> annotations.find(t, Annotations.TABLE).isPresent()).orElse(null);
    String name = annotations.string(entity, "name");
    return new EntityModel(
        type,
        type.getKind() == ElementKind.RECORD,
        table,
        name.isEmpty() ? type.getSimpleName().toString() : name,
        fields(type),
        template(type, Annotations.PARTITION_KEY),
        template(type, Annotations.SORT_KEY),
        indexKeys(type),
        accessPatterns(type),
        booleanMethods(type),
        source);
  }

  private TemplateModel template(TypeElement type, String annotation) {
    return annotations.find(type, annotation)
        .map(mirror -> TemplateModel.parse(
            annotations.string(mirror, "value"), Source.of(type, mirror).at("value", annotations.value(mirror, "value"))))
        .orElse(null);
  }

  private List<IndexKeyModel> indexKeys(TypeElement type) {
    List<IndexKeyModel> keys = new ArrayList<>();
    for (AnnotationReader.Located located :
        annotations.findRepeated(type, Annotations.INDEX_KEY, Annotations.INDEX_KEYS)) {
      AnnotationMirror mirror = located.mirror();
      Source source = located.source();
      String sortKey = annotations.string(mirror, "sortKey");
      keys.add(new IndexKeyModel(
          annotations.string(mirror, "index"),
          TemplateModel.parse(annotations.string(mirror, "partitionKey"),
              source.at("partitionKey", annotations.value(mirror, "partitionKey"))),
          sortKey.isEmpty() ? null : TemplateModel.parse(sortKey, source.at("sortKey", annotations.value(mirror, "sortKey"))),
          emptyToNull(annotations.string(mirror, "includeWhen")),
          source));
    }
    return List.copyOf(keys);
  }

  private List<AccessPatternModel> accessPatterns(TypeElement type) {
    List<AccessPatternModel> patterns = new ArrayList<>();
    for (AnnotationReader.Located located :
        annotations.findRepeated(type, Annotations.ACCESS_PATTERN, Annotations.ACCESS_PATTERNS)) {
      AnnotationMirror mirror = located.mirror();
      patterns.add(new AccessPatternModel(
          annotations.string(mirror, "name"),
          emptyToNull(annotations.string(mirror, "index")),
          List.copyOf(annotations.strings(mirror, "bind")),
          located.source()));
    }
    return List.copyOf(patterns);
  }

  private List<FieldModel> fields(TypeElement type) {
    List<FieldModel> fields = new ArrayList<>();
    for (RecordComponentElement component : ElementFilter.recordComponentsIn(type.getEnclosedElements())) {
      TypeMirror componentType = component.asType();
      fields.add(new FieldModel(
          component.getSimpleName().toString(),
          TypeName.get(componentType),
          kindOf(componentType),
          componentType.getKind().isPrimitive(),
          reportable(type, component)));
    }
    return List.copyOf(fields);
  }

  /**
   * The element to report a component's problems on: javac has no source position for a record
   * component element itself, but has one for the record's private field of the same name.
   */
  private static Element reportable(TypeElement record, RecordComponentElement component) {
    for (Element field : ElementFilter.fieldsIn(record.getEnclosedElements())) {
      if (field.getSimpleName().contentEquals(component.getSimpleName())) {
        return field;
      }
    }
    return component;
  }

  private ValueKind kindOf(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return kindOf(env.getTypeUtils().boxedClass((javax.lang.model.type.PrimitiveType) type).asType());
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE
          ? ValueKind.BYTE_ARRAY
          : ValueKind.UNSUPPORTED;
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return ValueKind.UNSUPPORTED;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    if (element.getKind() == ElementKind.ENUM) {
      return ValueKind.ENUM;
    }
    return ValueKind.ofQualifiedName(element.getQualifiedName().toString());
  }

  private List<String> booleanMethods(TypeElement type) {
    List<String> methods = new ArrayList<>();
    for (Element member : env.getElementUtils().getAllMembers(type)) {
      if (member.getKind() != ElementKind.METHOD) {
        continue;
      }
      ExecutableElement method = (ExecutableElement) member;
      boolean accessible = !method.getModifiers().contains(Modifier.PRIVATE)
          && !method.getModifiers().contains(Modifier.STATIC);
      if (accessible && method.getParameters().isEmpty()
          && method.getReturnType().getKind() == TypeKind.BOOLEAN) {
        methods.add(method.getSimpleName().toString());
      }
    }
    return List.copyOf(methods);
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
