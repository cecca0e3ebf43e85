package io.sable.engine.expression;

import io.sable.engine.value.InvalidRequestException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reading and rewriting document paths inside items. Attribute values are immutable, so a write
 * rebuilds the maps and lists along the path and shares everything else.
 */
public final class Documents {
  /** DynamoDB's rejection of a SET or REMOVE through a missing or wrongly typed parent. */
  static final String INVALID_PATH =
      "The document path provided in the update expression is invalid for update";

  private Documents() {}

  /** The value at {@code path} in {@code item}, or {@code null} if the path leads nowhere. */
  public static AttributeValue get(Map<String, AttributeValue> item, Path path) {
    List<Path.Element> elements = path.elements();
    AttributeValue value = item.get(path.topLevelName());
    for (int i = 1; i < elements.size() && value != null; i++) {
      value = child(value, elements.get(i));
    }
    return value;
  }

  /**
   * Rejects an update action path whose parents are missing or of the wrong type: every element
   * but the last must lead to a value, and each must be a map key of a map or an index of a list.
   * DynamoDB checks every action's path this way before it evaluates any action.
   *
   * @throws InvalidRequestException with DynamoDB's message if the path is invalid for update
   */
  static void checkUpdatePath(Map<String, AttributeValue> item, Path path) {
    List<Path.Element> elements = path.elements();
    if (elements.size() == 1) {
      return;
    }
    AttributeValue value = item.get(path.topLevelName());
    for (int i = 1; i < elements.size(); i++) {
      Path.Element element = elements.get(i);
      boolean fits = element instanceof Path.Name ? value != null && value.hasM() : value != null && value.hasL();
      if (!fits) {
        throw new InvalidRequestException(INVALID_PATH);
      }
      value = child(value, element);
    }
  }

  /**
   * Rejects an update action path that uses a map key on an existing list, the first check
   * DynamoDB makes of a SET or REMOVE path.
   *
   * @throws InvalidRequestException with DynamoDB's message if it does
   */
  static void checkNoKeyIntoList(Map<String, AttributeValue> item, Path path) {
    List<Path.Element> elements = path.elements();
    AttributeValue value = item.get(path.topLevelName());
    for (int i = 1; i < elements.size() && value != null; i++) {
      if (elements.get(i) instanceof Path.Name && value.hasL()) {
        throw new InvalidRequestException(INVALID_PATH);
      }
      value = child(value, elements.get(i));
    }
  }

  private static AttributeValue child(AttributeValue value, Path.Element element) {
    if (element instanceof Path.Name name) {
      return value.hasM() ? value.m().get(name.name()) : null;
    }
    int index = ((Path.Index) element).index();
    return value.hasL() && index < value.l().size() ? value.l().get(index) : null;
  }

  /**
   * Sets {@code path} to {@code value} in the mutable top-level map {@code item}. A list index
   * past the end appends. Every parent must exist with the right type.
   *
   * @throws io.sable.engine.value.InvalidRequestException if a parent is missing or mistyped
   */
  static void set(Map<String, AttributeValue> item, Path path, AttributeValue value) {
    String top = path.topLevelName();
    if (path.isTopLevel()) {
      item.put(top, value);
      return;
    }
    AttributeValue current = item.get(top);
    if (current == null) {
      throw new InvalidRequestException(INVALID_PATH);
    }
    item.put(top, setIn(current, path.elements(), 1, value));
  }

  private static AttributeValue setIn(
      AttributeValue container, List<Path.Element> elements, int at, AttributeValue value) {
    Path.Element element = elements.get(at);
    boolean last = at == elements.size() - 1;
    if (element instanceof Path.Name name) {
      if (!container.hasM()) {
        throw new InvalidRequestException(INVALID_PATH);
      }
      Map<String, AttributeValue> map = new LinkedHashMap<>(container.m());
      AttributeValue next = last ? value : descend(map.get(name.name()), elements, at, value);
      map.put(name.name(), next);
      return AttributeValue.fromM(map);
    }
    int index = ((Path.Index) element).index();
    if (!container.hasL()) {
      throw new InvalidRequestException(INVALID_PATH);
    }
    List<AttributeValue> list = new ArrayList<>(container.l());
    if (last) {
      if (index < list.size()) {
        list.set(index, value);
      } else {
        list.add(value);
      }
    } else {
      AttributeValue child = index < list.size() ? list.get(index) : null;
      list.set(index, descend(child, elements, at, value));
    }
    return AttributeValue.fromL(list);
  }

  private static AttributeValue descend(
      AttributeValue child, List<Path.Element> elements, int at, AttributeValue value) {
    if (child == null) {
      throw new InvalidRequestException(INVALID_PATH);
    }
    return setIn(child, elements, at + 1, value);
  }

  /**
   * Removes {@code path} from the mutable top-level map {@code item}; a missing last element (or a
   * list index past the end) is not an error, a missing or mistyped parent is.
   *
   * @throws io.sable.engine.value.InvalidRequestException if a parent is missing or mistyped
   */
  static void remove(Map<String, AttributeValue> item, Path path) {
    String top = path.topLevelName();
    if (path.isTopLevel()) {
      item.remove(top);
      return;
    }
    AttributeValue current = item.get(top);
    if (current == null) {
      throw new InvalidRequestException(INVALID_PATH);
    }
    item.put(top, removeIn(current, path.elements(), 1));
  }

  private static AttributeValue removeIn(
      AttributeValue container, List<Path.Element> elements, int at) {
    Path.Element element = elements.get(at);
    boolean last = at == elements.size() - 1;
    if (element instanceof Path.Name name) {
      if (!container.hasM()) {
        throw new InvalidRequestException(INVALID_PATH);
      }
      if (last && !container.m().containsKey(name.name())) {
        return container;
      }
      Map<String, AttributeValue> map = new LinkedHashMap<>(container.m());
      if (last) {
        map.remove(name.name());
      } else {
        map.put(name.name(), removeIn(existing(map.get(name.name())), elements, at + 1));
      }
      return AttributeValue.fromM(map);
    }
    int index = ((Path.Index) element).index();
    if (!container.hasL()) {
      throw new InvalidRequestException(INVALID_PATH);
    }
    if (last && index >= container.l().size()) {
      return container;
    }
    List<AttributeValue> list = new ArrayList<>(container.l());
    if (last) {
      list.remove(index);
    } else {
      AttributeValue child = index < list.size() ? list.get(index) : null;
      list.set(index, removeIn(existing(child), elements, at + 1));
    }
    return AttributeValue.fromL(list);
  }

  private static AttributeValue existing(AttributeValue child) {
    if (child == null) {
      throw new InvalidRequestException(INVALID_PATH);
    }
    return child;
  }
}
