package io.sable.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a part of the model was declared, as narrowly as known: an element, and optionally the
 * annotation on it and one of its values.
 *
 * @param element the element
 * @param annotation the annotation, or null
 * @param value the annotation value, or null
 * @param repeated for one of several repeated annotations, which one (javac keeps only their
 *     container, so the processor finds the annotation in the source tree itself); otherwise null
 */
public record Source(Element element, AnnotationMirror annotation, AnnotationValue value, Repeated repeated) {

  /**
   * The {@code occurrence}-th annotation of a type on an element (0-based), and optionally one of
   * its members.
   *
   * @param annotationType the qualified name of the repeated annotation
   * @param occurrence which of them, in source order
   * @param member the member to point at, or null for the whole annotation
   */
  public record Repeated(String annotationType, int occurrence, String member) {}

  /** The element itself. */
  public static Source of(Element element) {
    return new Source(element, null, null, null);
  }

  /** An annotation on the element. */
  public static Source of(Element element, AnnotationMirror annotation) {
    return new Source(element, annotation, null, null);
  }

  /** One of several repeated annotations, held by {@code container}. */
  public static Source repeated(Element element, AnnotationMirror container, String annotationType, int occurrence) {
    return new Source(element, container, null, new Repeated(annotationType, occurrence, null));
  }

  /** The same annotation, narrowed to one of its members. */
  public Source at(String member, AnnotationValue memberValue) {
    if (repeated != null) {
      return new Source(element, annotation, null,
          new Repeated(repeated.annotationType(), repeated.occurrence(), member));
    }
    return new Source(element, annotation, memberValue, null);
  }
}
