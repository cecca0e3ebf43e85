package io.sable.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads annotation values from {@link AnnotationMirror}s (never through reflection proxies, which
 * fail on {@code Class} values of types not compiled yet), defaults included.
 */
final class AnnotationReader {

  private final Elements elements;

  AnnotationReader(Elements elements) {
    this.elements = elements;
  }

  Optional<AnnotationMirror> find(Element element, String annotationType) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(annotationType)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /**
   * A repeatable annotation, written once directly or several times through its container, each
   * with the source to report its problems on.
   */
  List<Located> findRepeated(Element element, String annotationType, String containerType) {
    List<Located> found = new ArrayList<>();
    find(element, annotationType).ifPresent(mirror -> found.add(new Located(mirror, Source.of(element, mirror))));
    find(element, containerType).ifPresent(container -> {
      int occurrence = 0;
      for (Object value : list(container, "value")) {
        found.add(new Located((AnnotationMirror) ((AnnotationValue) value).getValue(),
            Source.repeated(element, container, annotationType, occurrence++)));
      }
    });
    return found;
  }

  /** An annotation and where to report a problem with it. */
  record Located(AnnotationMirror mirror, Source source) {}

  AnnotationValue value(AnnotationMirror mirror, String name) {
    Map<? extends ExecutableElement, ? extends AnnotationValue> values =
        elements.getElementValuesWithDefaults(mirror);
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : values.entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    throw new IllegalArgumentException(mirror + " has no value " + name);
  }

  /** The value as written explicitly, or null when the annotation leaves it at its default. */
  AnnotationValue explicitValue(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  String string(AnnotationMirror mirror, String name) {
    return (String) value(mirror, name).getValue();
  }

  List<String> strings(AnnotationMirror mirror, String name) {
    List<String> strings = new ArrayList<>();
    for (Object value : list(mirror, name)) {
      strings.add((String) ((AnnotationValue) value).getValue());
    }
    return strings;
  }

  List<AnnotationMirror> annotations(AnnotationMirror mirror, String name) {
    List<AnnotationMirror> annotations = new ArrayList<>();
    for (Object value : list(mirror, name)) {
      annotations.add((AnnotationMirror) ((AnnotationValue) value).getValue());
    }
    return annotations;
  }

  /** A {@code Class} value, or null when it names a type that does not exist (an error type). */
  TypeMirror type(AnnotationMirror mirror, String name) {
    Object value = value(mirror, name).getValue();
    return value instanceof TypeMirror type ? type : null;
  }

  private List<?> list(AnnotationMirror mirror, String name) {
    Object value = value(mirror, name).getValue();
    return value instanceof List<?> list ? list : List.of();
  }
}
