package io.sable.engine.value;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Validates attribute values as DynamoDB does on input and normalises their numbers: exactly one
 * data type per value, valid numbers ({@link Numbers}), non-empty sets without duplicates,
 * {@code NULL} only {@code true}, non-empty attribute names, and (for whole items) at most {@link
 * #MAX_NESTING_LEVELS} levels, with DynamoDB's message {@code Nesting Levels have exceeded supported
 * limits: Attributes in the item have nested levels beyond supported limit}, captured from DynamoDB
 * by a public conformance suite's "Nesting depth — 32-level document limit" tests.
 *
 * <p>Returns its input unchanged (the same instance, no copy) when nothing needs normalising.
 */
public final class ItemValidator {
  private static final String INVALID = "One or more parameter values were invalid: ";

  /**
   * DynamoDB's limit on the levels of an attribute value, the attribute itself being level 1: a
   * leaf inside 31 nested maps or lists is the deepest accepted (Developer Guide, "Service, account,
   * and table quotas": nested attributes up to 32 levels deep).
   */
  public static final int MAX_NESTING_LEVELS = 32;

  /** DynamoDB's message for a value nested too deeply, as UpdateItem gives it. */
  public static final String NESTING_TOO_DEEP = "Nesting Levels have exceeded supported limits";

  private static final String NESTING_DETAIL =
      "Attributes in the item have nested levels beyond supported limit";

  private ItemValidator() {}

  /**
   * The levels of {@code value}: 1 for a scalar, a set or an empty list or map, one more than its
   * deepest element for a list or map.
   */
  public static int levels(AttributeValue value) {
    int deepest = 0;
    if (value.hasL()) {
      for (AttributeValue element : value.l()) {
        deepest = Math.max(deepest, levels(element));
      }
    } else if (value.hasM()) {
      for (AttributeValue element : value.m().values()) {
        deepest = Math.max(deepest, levels(element));
      }
    }
    return 1 + deepest;
  }

  /**
   * Validates every attribute of {@code item} and returns it with numbers normalised.
   *
   * @throws InvalidRequestException with DynamoDB's message for the first invalid value
   */
  public static Map<String, AttributeValue> validateItem(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> copy = null;
    for (Map.Entry<String, AttributeValue> entry : item.entrySet()) {
      String name = entry.getKey();
      if (name.isEmpty()) {
        throw new InvalidRequestException("Empty attribute name");
      }
      AttributeValue value = entry.getValue();
      if (value == null) {
        throw new InvalidRequestException("The supplied Item contains a null AttributeValue");
      }
      AttributeValue normalized = validateValue(value);
      if (levels(value) > MAX_NESTING_LEVELS) {
        throw new InvalidRequestException(NESTING_TOO_DEEP + ": " + NESTING_DETAIL);
      }
      if (normalized != value) {
        if (copy == null) {
          copy = new LinkedHashMap<>(item);
        }
        copy.put(name, normalized);
      }
    }
    return copy == null ? item : java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * Validates one value (recursively) and returns it with its number normalised if it is an
   * {@code N} or {@code NS}. Numbers inside lists and maps are validated but kept as written, as
   * DynamoDB Local 3.1.0 stores them.
   *
   * @throws InvalidRequestException with DynamoDB's message if it is invalid
   */
  public static AttributeValue validateValue(AttributeValue value) {
    AttributeType type = checkOneType(value);
    if (type == AttributeType.N) {
      String n = Numbers.normalize(value.n());
      return n.equals(value.n()) ? value : AttributeValue.fromN(n);
    }
    if (type == AttributeType.NS) {
      return validateNumberSet(value);
    }
    check(value, type);
    return value;
  }

  private static AttributeType checkOneType(AttributeValue value) {
    int types = AttributeType.countTypes(value);
    if (types == 0) {
      throw new InvalidRequestException(
          "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
    }
    if (types > 1) {
      throw new InvalidRequestException(
          "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the"
              + " supported datatypes");
    }
    return AttributeType.of(value);
  }

  private static void check(AttributeValue value, AttributeType type) {
    switch (type) {
      case N:
        Numbers.parse(value.n());
        break;
      case NS:
        validateNumberSet(value);
        break;
      case NULL:
        if (!value.nul()) {
          throw new InvalidRequestException(
              INVALID + "Null attribute value types must have the value of true");
        }
        break;
      case SS:
        if (value.ss().isEmpty()) {
          throw new InvalidRequestException(INVALID + "An string set  may not be empty");
        }
        if (new HashSet<>(value.ss()).size() != value.ss().size()) {
          throw new InvalidRequestException(
              INVALID + "Input collection " + value.ss() + " contains duplicates");
        }
        break;
      case BS:
        if (value.bs().isEmpty()) {
          throw new InvalidRequestException(INVALID + "Binary sets should not be empty");
        }
        if (new HashSet<>(value.bs()).size() != value.bs().size()) {
          throw new InvalidRequestException(
              INVALID + "Input collection of type BS contains duplicates.");
        }
        break;
      case L:
        for (AttributeValue element : value.l()) {
          check(element, checkOneType(element));
        }
        break;
      case M:
        for (AttributeValue element : value.m().values()) {
          check(element, checkOneType(element));
        }
        break;
      default:
        break;
    }
  }

  private static AttributeValue validateNumberSet(AttributeValue value) {
    List<String> numbers = value.ns();
    if (numbers.isEmpty()) {
      throw new InvalidRequestException(INVALID + "An number set  may not be empty");
    }
    List<String> normalized = new ArrayList<>(numbers.size());
    boolean changed = false;
    for (String number : numbers) {
      String canonical = Numbers.normalize(number);
      changed |= !canonical.equals(number);
      normalized.add(canonical);
    }
    if (new HashSet<>(normalized).size() != normalized.size()) {
      throw new InvalidRequestException("Input collection contains duplicates");
    }
    return changed ? AttributeValue.fromNs(normalized) : value;
  }
}
