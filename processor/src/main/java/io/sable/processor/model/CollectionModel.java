package io.sable.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * An {@code @ItemCollection} record: one partition key shape and the entities read together.
 *
 * @param element the record
 * @param isRecord whether it is a record
 * @param table the {@code @Table} type it names, or null if that type has no {@code @Table}
 * @param partitionKey the collection's partition key template
 * @param index the index to query, or null for the table
 * @param members the components, one per entity type
 * @param source the annotation
 */
public record CollectionModel(
    TypeElement element,
    boolean isRecord,
    TypeElement table,
    TemplateModel partitionKey,
    String index,
    List<Member> members,
    Source source) {

  /** How many items of a member's entity a collection holds. */
  public enum Cardinality {
    /** {@code E}: at most one, null when absent. */
    ONE,
    /** {@code Optional<E>}: at most one. */
    OPTIONAL,
    /** {@code List<E>}: any number. */
    LIST
  }

  /**
   * One component of the collection record.
   *
   * @param name the component name
   * @param entity the entity class (a record, class or sealed interface), or null if the component's
   *     type is not {@code E}, {@code Optional<E>} or {@code List<E>} of a declared class
   * @param cardinality how many
   * @param element the component, for error reporting
   */
  public record Member(String name, TypeElement entity, Cardinality cardinality, Element element) {}

  /** The collection record's class. */
  public ClassName className() {
    return ClassName.get(element);
  }
}
