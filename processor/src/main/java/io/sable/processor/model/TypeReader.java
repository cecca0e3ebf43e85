package io.sable.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Reads how a Java type is stored ({@link TypeModel}) from its {@link TypeMirror}. */
final class TypeReader {

  private final ProcessingEnvironment env;

  TypeReader(ProcessingEnvironment env) {
    this.env = env;
  }

  /** The stored form of {@code type}; {@code Optional} must be unwrapped first. */
  TypeModel read(TypeMirror type) {
    TypeName name = TypeName.get(type);
    if (type.getKind().isPrimitive()) {
      return read(env.getTypeUtils().boxedClass((PrimitiveType) type).asType());
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE
          ? new TypeModel.Scalar(ValueKind.BYTE_ARRAY, name)
          : new TypeModel.Unsupported(name, "arrays other than byte[] are not stored; use a List");
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return new TypeModel.Unsupported(name, "it is not a class or interface type");
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    String qualified = element.getQualifiedName().toString();
    List<? extends TypeMirror> arguments = declared.getTypeArguments();
    switch (qualified) {
      case "java.util.List" -> {
        return arguments.size() == 1 ? new TypeModel.ListOf(read(arguments.get(0)), name) : raw(name);
      }
      case "java.util.Set" -> {
        if (arguments.size() != 1) {
          return raw(name);
        }
        TypeModel element0 = read(arguments.get(0));
        ValueKind kind = element0.scalarKind();
        boolean setType = kind == ValueKind.STRING || kind.isNumeric() || kind == ValueKind.SDK_BYTES;
        return setType
            ? new TypeModel.SetOf(element0, name)
            : new TypeModel.Unsupported(name,
                "DynamoDB sets hold strings, numbers or binaries only (SS, NS, BS); use a List for other elements");
      }
      case "java.util.Map" -> {
        if (arguments.size() != 2) {
          return raw(name);
        }
        return TypeName.get(arguments.get(0)).equals(ClassName.get(String.class))
            ? new TypeModel.MapOf(read(arguments.get(1)), name)
            : new TypeModel.Unsupported(name, "DynamoDB maps have string keys: use Map<String, V>");
      }
      case "java.util.Optional" -> {
        return new TypeModel.Unsupported(name, "Optional is allowed only as a field's own type, not inside another type");
      }
      default -> {
        // a scalar or a document
      }
    }
    if (element.getKind() == ElementKind.ENUM) {
      List<String> constants = element.getEnclosedElements().stream()
          .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
          .map(e -> e.getSimpleName().toString())
          .toList();
      return new TypeModel.Scalar(ValueKind.ENUM, name, constants);
    }
    if (element.getAnnotationMirrors().stream().anyMatch(m ->
        ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(Annotations.DOCUMENT))) {
      ClassName record = ClassName.get(element);
      return new TypeModel.DocumentOf(record, ClassName.get(record.packageName(), record.simpleName() + "Schema"));
    }
    ValueKind kind = ValueKind.ofQualifiedName(qualified);
    return kind == ValueKind.UNSUPPORTED
        ? new TypeModel.Unsupported(name, "Sable stores a String, a number, a boolean, a character, a java.time "
            + "type, a UUID, a URI, an enum, byte[], SdkBytes, a @Document record, and lists, sets and maps of them")
        : new TypeModel.Scalar(kind, name);
  }

  private static TypeModel raw(TypeName name) {
    return new TypeModel.Unsupported(name, "a raw collection type has no element type: add type arguments");
  }
}
