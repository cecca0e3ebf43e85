package io.sable.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Table} type and the physical table it declares.
 *
 * @param element the annotated type
 * @param name the physical table name
 * @param partitionKey the partition key attribute name
 * @param sortKey the sort key attribute name, or null for none
 * @param entityTypeAttribute the attribute holding each item's entity type
 * @param indexes the global secondary indexes
 * @param source the {@code @Table} annotation
 */
public record TableModel(
    TypeElement element,
    String name,
    String partitionKey,
    String sortKey,
    String entityTypeAttribute,
    List<IndexModel> indexes,
    Source source) {

  /** The generated table class: the annotated type's name with the suffix {@code Table}. */
  public ClassName generatedClass() {
    ClassName declared = ClassName.get(element);
    return ClassName.get(declared.packageName(), declared.simpleName() + "Table");
  }

  /** The index with this name, if declared. */
  public Optional<IndexModel> index(String indexName) {
    return indexes.stream().filter(i -> i.name().equals(indexName)).findFirst();
  }
}
