package io.sable.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Document} record, stored as a map inside entities.
 *
 * @param element the record
 * @param isRecord whether it is a record
 * @param fields its components
 * @param source the annotation
 */
public record DocumentModel(TypeElement element, boolean isRecord, List<FieldModel> fields, Source source) {

  /** The record's class. */
  public ClassName className() {
    return ClassName.get(element);
  }

  /** The generated schema class, {@code FooSchema}. */
  public ClassName schemaClass() {
    ClassName record = className();
    return ClassName.get(record.packageName(), record.simpleName() + "Schema");
  }
}
