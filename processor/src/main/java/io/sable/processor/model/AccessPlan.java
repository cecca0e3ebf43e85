package io.sable.processor.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How an access pattern is served: a GetItem on the table's primary key, a Query on the table or an
 * index with a fixed part of the sort key, a Scan when the pattern asks for one, or not at all (with
 * the reason).
 */
public sealed interface AccessPlan {

  /** The access pattern this plan serves. */
  AccessPatternModel pattern();

  /**
   * Every key field is bound: one GetItem.
   *
   * @param pattern the access pattern
   * @param key the table's primary key
   */
  record GetItem(AccessPatternModel pattern, KeyModel key) implements AccessPlan {}

  /**
   * A Query on one item collection.
   *
   * @param pattern the access pattern
   * @param key the table's primary key or an index key
   * @param boundSortKeyFields how many leading sort key fields the caller binds
   */
  record Query(AccessPatternModel pattern, KeyModel key, int boundSortKeyFields) implements AccessPlan {

    /** Whether sort key fields remain after the bound ones, so a range condition can apply. */
    public boolean hasRangeField() {
      return boundSortKeyFields < key.sortKeyFields().size();
    }
  }

  /**
   * A Scan of the table or an index, filtered on the entity type: declared with {@code scan = true}.
   *
   * @param pattern the access pattern
   * @param index the index scanned, or null for the table
   */
  record Scan(AccessPatternModel pattern, IndexModel index) implements AccessPlan {}

  /**
   * No GetItem or Query can serve the pattern.
   *
   * @param pattern the access pattern
   * @param target what was asked to serve it, such as "index GSI1"
   * @param reason why not, and how to fix it
   */
  record Unserved(AccessPatternModel pattern, String target, String reason) implements AccessPlan {}

  /** The method parameters: the bound fields, partition key fields first, each once. */
  default List<String> parameters() {
    if (this instanceof GetItem get) {
      return get.key().fields();
    }
    if (this instanceof Query query) {
      Set<String> parameters = new LinkedHashSet<>(query.key().partitionKey().fields());
      parameters.addAll(query.key().sortKeyFields().subList(0, query.boundSortKeyFields()));
      return new ArrayList<>(parameters);
    }
    return List.of();
  }

  /**
   * Plans an access pattern, or returns empty if its index is not declared on the table (reported
   * separately) or it binds a name that is not a field (also reported separately).
   */
  static Optional<AccessPlan> plan(EntityModel entity, TableModel table, AccessPatternModel pattern) {
    if (pattern.index() != null && table.index(pattern.index()).isEmpty()) {
      return Optional.empty();
    }
    if (pattern.bind().stream().anyMatch(name -> entity.field(name).isEmpty())) {
      return Optional.empty();
    }
    if (pattern.scan()) {
      return Optional.of(pattern.bind().isEmpty()
          ? new Scan(pattern, pattern.index() == null ? null : table.index(pattern.index()).orElseThrow())
          : new Unserved(pattern, "a Scan", "a Scan reads the whole table or index and takes no bound fields. "
              + "Remove bind, or remove scan = true to serve the pattern with a Query"));
    }
    Optional<KeyModel> found = entity.key(table, pattern.index());
    if (found.isEmpty() && pattern.index() == null) {
      return Optional.empty();
    }
    if (found.isEmpty()) {
      return Optional.of(new Unserved(pattern, "index " + pattern.index(),
          "@Entity " + entity.element().getSimpleName() + " has no @IndexKey for index " + pattern.index()
              + ", so none of its items are in that index. Add @IndexKey(index = \"" + pattern.index()
              + "\", ...)"));
    }
    KeyModel key = found.get();
    if (!key.partitionKey().isParsed() || (key.sortKey() != null && !key.sortKey().isParsed())) {
      return Optional.empty();
    }
    List<String> partitionFields = key.partitionKey().fields();
    Set<String> bound = new LinkedHashSet<>(pattern.bind().isEmpty() ? partitionFields : pattern.bind());
    for (String name : bound) {
      if (!key.fields().contains(name)) {
        return Optional.of(new Unserved(pattern, key.describe(),
            "it binds {" + name + "}, which is in neither key template of " + key.describe() + " ('"
                + key.partitionKey().text() + "'" + (key.sortKey() == null ? "" : ", '" + key.sortKey().text() + "'")
                + "), so no key condition can use it. Remove it from bind, or serve the pattern from an index "
                + "whose key holds it"));
      }
    }
    for (String name : partitionFields) {
      if (!bound.contains(name)) {
        return Optional.of(new Unserved(pattern, key.describe(),
            "it does not bind {" + name + "} of the partition key template '" + key.partitionKey().text()
                + "', and a Query needs the whole partition key value. Add \"" + name + "\" to bind"));
      }
    }
    List<String> sortFields = key.sortKeyFields();
    int prefix = 0;
    while (prefix < sortFields.size() && bound.contains(sortFields.get(prefix))) {
      prefix++;
    }
    for (int i = prefix; i < sortFields.size(); i++) {
      String name = sortFields.get(i);
      if (bound.contains(name) && !partitionFields.contains(name)) {
        return Optional.of(new Unserved(pattern, key.describe(),
            "it binds {" + name + "} without {" + sortFields.get(prefix) + "}, which comes before it in the "
                + "sort key template '" + key.sortKey().text() + "'; a key condition can fix only a leading "
                + "part of the sort key. Bind {" + sortFields.get(prefix) + "} too, or leave {" + name
                + "} unbound"));
      }
    }
    if (key.isPrimary() && prefix == sortFields.size()) {
      return Optional.of(new GetItem(pattern, key));
    }
    return Optional.of(new Query(pattern, key, prefix));
  }
}
