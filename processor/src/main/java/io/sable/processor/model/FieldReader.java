package io.sable.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/** Reads the fields of an entity or document class, by its shape. */
final class FieldReader {

  private final ProcessingEnvironment env;
  private final AnnotationReader annotations;
  private final TypeReader types;

  FieldReader(ProcessingEnvironment env, AnnotationReader annotations) {
    this.env = env;
    this.annotations = annotations;
    this.types = new TypeReader(env);
  }

  /** The shape of a class: how its fields are read and how an instance is built. */
  EntityShape shape(TypeElement type) {
    if (type.getKind() == ElementKind.RECORD) {
      return EntityShape.of(EntityShape.Kind.RECORD);
    }
    if (type.getKind() == ElementKind.INTERFACE) {
      return type.getModifiers().contains(Modifier.SEALED)
          ? EntityShape.of(EntityShape.Kind.SEALED)
          : EntityShape.unsupported("an interface that is not sealed");
    }
    if (type.getKind() != ElementKind.CLASS || type.getModifiers().contains(Modifier.ABSTRACT)) {
      return EntityShape.unsupported("neither a record, a class nor a sealed interface");
    }
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (method.getSimpleName().contentEquals("builder") && method.getModifiers().contains(Modifier.STATIC)
          && !method.getModifiers().contains(Modifier.PRIVATE) && method.getParameters().isEmpty()
          && method.getReturnType().getKind() == TypeKind.DECLARED) {
        TypeElement builder = (TypeElement) ((DeclaredType) method.getReturnType()).asElement();
        for (ExecutableElement build : methods(builder)) {
          if (build.getSimpleName().contentEquals("build") && build.getParameters().isEmpty()
              && env.getTypeUtils().isSameType(build.getReturnType(), type.asType())) {
            return new EntityShape(EntityShape.Kind.BUILDER, "builder", "build", null);
          }
        }
        return EntityShape.unsupported("a class whose builder() returns a builder without a build() method that "
            + "returns " + type.getSimpleName());
      }
    }
    boolean noArgConstructor = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
    return noArgConstructor
        ? EntityShape.of(EntityShape.Kind.BEAN)
        : EntityShape.unsupported("a class with neither a static builder() nor a public no-argument constructor");
  }

  /** The fields of a class of this shape, in declaration order. */
  List<FieldModel> fields(TypeElement type, EntityShape shape) {
    return switch (shape.kind()) {
      case RECORD -> recordFields(type);
      case SEALED -> interfaceFields(type);
      case BEAN -> propertyFields(type, type, true);
      case BUILDER -> propertyFields(type, builderType(type), false);
      case UNSUPPORTED -> List.of();
    };
  }

  private List<FieldModel> recordFields(TypeElement type) {
    List<FieldModel> fields = new ArrayList<>();
    for (RecordComponentElement component : ElementFilter.recordComponentsIn(type.getEnclosedElements())) {
      String name = component.getSimpleName().toString();
      Element reported = ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
          .filter(f -> f.getSimpleName().contentEquals(name)).findFirst().map(Element.class::cast).orElse(component);
      fields.add(field(name, component.asType(), name, null, List.of(component, reported), reported));
    }
    return fields;
  }

  private List<FieldModel> interfaceFields(TypeElement type) {
    List<FieldModel> fields = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (method.getModifiers().contains(Modifier.ABSTRACT) && method.getParameters().isEmpty()
          && method.getReturnType().getKind() != TypeKind.VOID) {
        String name = method.getSimpleName().toString();
        fields.add(field(name, method.getReturnType(), name, null, List.of(method), method));
      }
    }
    return fields;
  }

  /** Bean properties (getter and setter) or builder properties (getter and builder method). */
  private List<FieldModel> propertyFields(TypeElement type, TypeElement writerType, boolean bean) {
    Map<String, ExecutableElement> writers = new LinkedHashMap<>();
    for (ExecutableElement method : methods(writerType)) {
      if (method.getParameters().size() == 1 && !method.getModifiers().contains(Modifier.STATIC)) {
        writers.put(method.getSimpleName().toString(), method);
      }
    }
    List<FieldModel> fields = new ArrayList<>();
    for (ExecutableElement getter : methods(type)) {
      Optional<String> property = propertyName(getter, !bean);
      if (property.isEmpty() || getter.getModifiers().contains(Modifier.STATIC)) {
        continue;
      }
      String name = property.get();
      String setterName = "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
      ExecutableElement writer = writers.containsKey(setterName) ? writers.get(setterName)
          : bean ? null : writers.get(name);
      if (writer == null) {
        continue;
      }
      Element field = ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
          .filter(f -> f.getSimpleName().contentEquals(name)).findFirst().map(Element.class::cast).orElse(getter);
      fields.add(field(name, getter.getReturnType(), getter.getSimpleName().toString(),
          writer.getSimpleName().toString(), List.of(field, getter), field));
    }
    return fields;
  }

  private Optional<String> propertyName(ExecutableElement method, boolean plainAccessors) {
    String name = method.getSimpleName().toString();
    if (!method.getParameters().isEmpty() || method.getReturnType().getKind() == TypeKind.VOID
        || method.getModifiers().contains(Modifier.PRIVATE) || name.equals("getClass")
        || name.equals("hashCode") || name.equals("toString")) {
      return Optional.empty();
    }
    if (name.startsWith("get") && name.length() > 3) {
      return Optional.of(Character.toLowerCase(name.charAt(3)) + name.substring(4));
    }
    if (name.startsWith("is") && name.length() > 2 && method.getReturnType().getKind() == TypeKind.BOOLEAN) {
      return Optional.of(Character.toLowerCase(name.charAt(2)) + name.substring(3));
    }
    return plainAccessors ? Optional.of(name) : Optional.empty();
  }

  private FieldModel field(String name, TypeMirror declared, String accessor, String setter,
      List<Element> annotated, Element reported) {
    String attribute = name;
    ClassName converter = null;
    boolean version = false;
    boolean unique = false;
    for (Element element : annotated) {
      version |= annotations.find(element, Annotations.VERSION).isPresent();
      unique |= annotations.find(element, Annotations.UNIQUE).isPresent();
      Optional<AnnotationMirror> rename = annotations.find(element, Annotations.ATTRIBUTE);
      if (rename.isPresent()) {
        attribute = annotations.string(rename.get(), "value");
      }
      Optional<AnnotationMirror> convert = annotations.find(element, Annotations.CONVERT);
      if (convert.isPresent()) {
        TypeMirror converterType = annotations.type(convert.get(), "value");
        if (converterType != null && converterType.getKind() == TypeKind.DECLARED) {
          converter = ClassName.get((TypeElement) ((DeclaredType) converterType).asElement());
        }
      }
    }
    boolean optional = isOptional(declared);
    TypeMirror value = optional ? ((DeclaredType) declared).getTypeArguments().get(0) : declared;
    return new FieldModel(name, attribute, TypeName.get(declared), types.read(value),
        declared.getKind().isPrimitive(), optional, accessor, setter, converter, version, unique, reported);
  }

  private static boolean isOptional(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals("java.util.Optional")
        && ((DeclaredType) type).getTypeArguments().size() == 1;
  }

  private TypeElement builderType(TypeElement type) {
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (method.getSimpleName().contentEquals("builder") && method.getModifiers().contains(Modifier.STATIC)) {
        return (TypeElement) ((DeclaredType) method.getReturnType()).asElement();
      }
    }
    throw new IllegalStateException(type + " has no builder()");
  }

  private List<ExecutableElement> methods(TypeElement type) {
    return ElementFilter.methodsIn(env.getElementUtils().getAllMembers(type)).stream()
        .filter(m -> !((TypeElement) m.getEnclosingElement()).getQualifiedName().contentEquals("java.lang.Object"))
        .toList();
  }
}
