package io.sable.engine.expression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Applies a bound ProjectionExpression to an item: the result holds only the projected document
 * paths, nested maps keeping the projected keys and lists the projected elements in index order;
 * paths that lead nowhere are left out.
 */
public final class Projection {
  private final Node root = new Node();

  /** A projection of {@code paths} (bound, non-overlapping). */
  public Projection(List<Path> paths) {
    for (Path path : paths) {
      Node node = root;
      for (Path.Element element : path.elements()) {
        node = element instanceof Path.Name name
            ? node.names.computeIfAbsent(name.name(), n -> new Node())
            : node.indexes.computeIfAbsent(((Path.Index) element).index(), i -> new Node());
      }
    }
  }

  /** The top-level attribute names the projection reads. */
  public java.util.Set<String> topLevelNames() {
    return root.names.keySet();
  }

  /** The projected copy of {@code item}. */
  public Map<String, AttributeValue> apply(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> result = new LinkedHashMap<>();
    for (Map.Entry<String, Node> entry : root.names.entrySet()) {
      AttributeValue value = item.get(entry.getKey());
      AttributeValue projected = value == null ? null : entry.getValue().project(value);
      if (projected != null) {
        result.put(entry.getKey(), projected);
      }
    }
    return result;
  }

  private static final class Node {
    final Map<String, Node> names = new LinkedHashMap<>();
    final TreeMap<Integer, Node> indexes = new TreeMap<>();

    AttributeValue project(AttributeValue value) {
      if (names.isEmpty() && indexes.isEmpty()) {
        return value;
      }
      if (!names.isEmpty() && value.hasM()) {
        Map<String, AttributeValue> map = new LinkedHashMap<>();
        for (Map.Entry<String, Node> entry : names.entrySet()) {
          AttributeValue child = value.m().get(entry.getKey());
          AttributeValue projected = child == null ? null : entry.getValue().project(child);
          if (projected != null) {
            map.put(entry.getKey(), projected);
          }
        }
        return map.isEmpty() ? null : AttributeValue.fromM(map);
      }
      if (!indexes.isEmpty() && value.hasL()) {
        List<AttributeValue> list = new ArrayList<>();
        for (Map.Entry<Integer, Node> entry : indexes.entrySet()) {
          if (entry.getKey() < value.l().size()) {
            AttributeValue projected = entry.getValue().project(value.l().get(entry.getKey()));
            if (projected != null) {
              list.add(projected);
            }
          }
        }
        return list.isEmpty() ? null : AttributeValue.fromL(list);
      }
      return null;
    }
  }
}
