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
 * @param partitionKeyType its type
 * @param sortKey the sort key attribute name, or null for none
 * @param sortKeyType its type, or null without a sort key
 * @param entityTypeAttribute the attribute holding each item's entity type
 * @param indexes the global secondary indexes, then the local ones
 * @param source the {@code @Table} annotation
 */
public record TableModel(
    TypeElement element,
    String name,
    String partitionKey,
    KeyAttributeType partitionKeyType,
    String sortKey,
    KeyAttributeType sortKeyType,
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

  /** The global secondary indexes. */
  public List<IndexModel> globalIndexes() {
    return indexes.stream().filter(i -> !i.local()).toList();
  }

  /** The local secondary indexes. */
  public List<IndexModel> localIndexes() {
    return indexes.stream().filter(IndexModel::local).toList();
  }

  /** Whether the attribute is the table's partition key or sort key. */
  public boolean isTableKeyAttribute(String attribute) {
    return attribute.equals(partitionKey) || attribute.equals(sortKey);
  }

  /**
   * Whether a global index is keyed by the table's own key attributes only (an inverted index, for
   * example): it holds every item, under keys its entities already define, so no {@code @IndexKey}
   * names it.
   */
  public boolean isDerived(IndexModel index) {
    return !index.local() && isTableKeyAttribute(index.partitionKey())
        && (index.sortKey() == null || isTableKeyAttribute(index.sortKey()));
  }
}
