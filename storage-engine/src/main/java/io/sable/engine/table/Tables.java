package io.sable.engine.table;

import java.util.Collection;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The tables of one engine, by name, in the order ListTables returns them (ascending by name, as
 * DynamoDB orders them). Lock-free.
 */
public final class Tables {
  private final ConcurrentSkipListMap<String, Table> tables = new ConcurrentSkipListMap<>();

  /** The table named {@code name}, or {@code null}. */
  public Table get(String name) {
    return tables.get(name);
  }

  /** Adds {@code table} unless one with its name exists; returns whether it was added. */
  public boolean add(Table table) {
    return tables.putIfAbsent(table.name(), table) == null;
  }

  /** Removes and returns the table named {@code name}, or returns {@code null}. */
  public Table remove(String name) {
    return tables.remove(name);
  }

  /** Removes {@code table} if it is still the one named {@code name}; returns whether it was. */
  public boolean remove(String name, Table table) {
    return tables.remove(name, table);
  }

  /** The table names after {@code exclusiveStartName} (or all, if it is {@code null}), sorted. */
  public NavigableMap<String, Table> after(String exclusiveStartName) {
    return exclusiveStartName == null ? tables : tables.tailMap(exclusiveStartName, false);
  }

  /** Every table. */
  public Collection<Table> all() {
    return tables.values();
  }

  /** Removes every table. */
  public void clear() {
    tables.clear();
  }
}
