package io.sable.engine.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A canonical text form of attribute values for comparing two backends: map keys sorted and set
 * elements sorted (DynamoDB returns neither in a defined order), lists in order.
 */
final class Canonical {
  private Canonical() {}

  static String item(Map<String, AttributeValue> item) {
    if (item == null) {
      return "null";
    }
    TreeMap<String, String> sorted = new TreeMap<>();
    item.forEach((name, value) -> sorted.put(name, value(value)));
    return sorted.toString();
  }

  static List<String> items(List<Map<String, AttributeValue>> items) {
    List<String> result = new ArrayList<>();
    for (Map<String, AttributeValue> item : items) {
      result.add(item(item));
    }
    return result;
  }

  static String value(AttributeValue value) {
    if (value.s() != null) {
      return "S:" + value.s();
    }
    if (value.n() != null) {
      return "N:" + value.n();
    }
    if (value.b() != null) {
      return "B:" + hex(value.b());
    }
    if (value.bool() != null) {
      return "BOOL:" + value.bool();
    }
    if (value.nul() != null) {
      return "NULL";
    }
    if (value.hasM()) {
      return "M:" + item(value.m());
    }
    if (value.hasL()) {
      List<String> elements = new ArrayList<>();
      value.l().forEach(element -> elements.add(value(element)));
      return "L:" + elements;
    }
    if (value.hasSs()) {
      return "SS:" + new java.util.TreeSet<>(value.ss());
    }
    if (value.hasNs()) {
      return "NS:" + new java.util.TreeSet<>(value.ns());
    }
    if (value.hasBs()) {
      java.util.TreeSet<String> bytes = new java.util.TreeSet<>();
      for (SdkBytes b : value.bs()) {
        bytes.add(hex(b));
      }
      return "BS:" + bytes;
    }
    return "EMPTY";
  }

  private static String hex(SdkBytes bytes) {
    StringBuilder text = new StringBuilder();
    for (byte b : bytes.asByteArrayUnsafe()) {
      text.append(String.format("%02x", b));
    }
    return text.toString();
  }
}
