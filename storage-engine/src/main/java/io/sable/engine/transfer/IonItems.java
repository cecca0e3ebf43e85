package io.sable.engine.transfer;

import com.amazon.ion.IonException;
import com.amazon.ion.IonReader;
import com.amazon.ion.IonType;
import com.amazon.ion.IonWriter;
import com.amazon.ion.system.IonReaderBuilder;
import com.amazon.ion.system.IonTextWriterBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Items in Amazon Ion text, as DynamoDB exports and imports them: a line is {@code $ion_1_0
 * {Item:{...}}}; S is an Ion string, N a decimal, B a blob, BOOL a bool, NULL Ion's null, L a list,
 * M a struct, and the sets lists annotated {@code $dynamodb_SS}, {@code $dynamodb_NS} or {@code
 * $dynamodb_BS} (Developer Guide, "DynamoDB table export output format", Amazon Ion).
 */
public final class IonItems {
  /** Ion's version marker, which begins every line of an export. */
  public static final String VERSION_MARKER = "$ion_1_0";

  private static final IonTextWriterBuilder WRITERS = IonTextWriterBuilder.standard();
  private static final IonReaderBuilder READERS = IonReaderBuilder.standard();

  private IonItems() {}

  /**
   * One line {@code $ion_1_0 {<field>:<item>, ...}} without a line break: {@code fields} in order,
   * each written as an item (a struct of attributes): {@code Item}, or an incremental export's
   * {@code Metadata}, {@code Keys}, {@code OldImage} and {@code NewImage}.
   */
  public static String line(Map<String, Map<String, AttributeValue>> fields) {
    StringBuilder out = new StringBuilder(VERSION_MARKER).append(' ');
    try (IonWriter ion = WRITERS.build(out)) {
      ion.stepIn(IonType.STRUCT);
      for (Map.Entry<String, Map<String, AttributeValue>> field : fields.entrySet()) {
        ion.setFieldName(field.getKey());
        writeItem(ion, field.getValue());
      }
      ion.stepOut();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeItem(IonWriter ion, Map<String, AttributeValue> item) throws IOException {
    ion.stepIn(IonType.STRUCT);
    for (Map.Entry<String, AttributeValue> entry : item.entrySet()) {
      ion.setFieldName(entry.getKey());
      writeValue(ion, entry.getValue());
    }
    ion.stepOut();
  }

  private static void writeValue(IonWriter ion, AttributeValue value) throws IOException {
    switch (value.type()) {
      case S -> ion.writeString(value.s());
      case N -> ion.writeDecimal(new BigDecimal(value.n()));
      case B -> ion.writeBlob(value.b().asByteArrayUnsafe());
      case BOOL -> ion.writeBool(value.bool());
      case NUL -> ion.writeNull();
      case SS -> {
        ion.setTypeAnnotations("$dynamodb_SS");
        ion.stepIn(IonType.LIST);
        for (String s : value.ss()) {
          ion.writeString(s);
        }
        ion.stepOut();
      }
      case NS -> {
        ion.setTypeAnnotations("$dynamodb_NS");
        ion.stepIn(IonType.LIST);
        for (String n : value.ns()) {
          ion.writeDecimal(new BigDecimal(n));
        }
        ion.stepOut();
      }
      case BS -> {
        ion.setTypeAnnotations("$dynamodb_BS");
        ion.stepIn(IonType.LIST);
        for (SdkBytes b : value.bs()) {
          ion.writeBlob(b.asByteArrayUnsafe());
        }
        ion.stepOut();
      }
      case L -> {
        ion.stepIn(IonType.LIST);
        for (AttributeValue element : value.l()) {
          writeValue(ion, element);
        }
        ion.stepOut();
      }
      case M -> writeItem(ion, value.m());
      default -> throw new IllegalArgumentException("Unknown attribute value type: " + value);
    }
  }

  /**
   * The item of one line {@code $ion_1_0 {Item:{...}}} (the version marker is optional): one
   * struct whose only field is {@code Item}.
   *
   * @throws BadLineException if the line is not Ion, or not of that shape
   */
  public static Map<String, AttributeValue> parseLine(String line) throws BadLineException {
    try (IonReader ion = READERS.build(line)) {
      if (ion.next() != IonType.STRUCT) {
        throw new BadLineException("Expected an Ion struct");
      }
      ion.stepIn();
      if (ion.next() == null || !"Item".equals(ion.getFieldName())) {
        throw new BadLineException("Expected a single top-level field Item");
      }
      if (ion.getType() != IonType.STRUCT || ion.isNullValue()) {
        throw new BadLineException("Item must be a struct");
      }
      Map<String, AttributeValue> item = readStruct(ion);
      if (ion.next() != null) {
        throw new BadLineException("Unexpected field after Item: " + ion.getFieldName());
      }
      ion.stepOut();
      if (ion.next() != null) {
        throw new BadLineException("Unexpected content after the item");
      }
      return item;
    } catch (IonException | IllegalStateException e) {
      throw new BadLineException("Invalid Ion: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, AttributeValue> readStruct(IonReader ion) throws BadLineException {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    ion.stepIn();
    while (ion.next() != null) {
      item.put(ion.getFieldName(), readValue(ion));
    }
    ion.stepOut();
    return item;
  }

  private static AttributeValue readValue(IonReader ion) throws BadLineException {
    IonType type = ion.getType();
    if (ion.isNullValue()) {
      return AttributeValue.fromNul(true);
    }
    String[] annotations = ion.getTypeAnnotations();
    String set = annotations.length == 1 ? annotations[0] : null;
    switch (type) {
      case STRING:
        return AttributeValue.fromS(ion.stringValue());
      case INT:
      case DECIMAL:
        return AttributeValue.fromN(number(ion));
      case BLOB:
        return AttributeValue.fromB(SdkBytes.fromByteArrayUnsafe(ion.newBytes()));
      case BOOL:
        return AttributeValue.fromBool(ion.booleanValue());
      case STRUCT:
        return AttributeValue.fromM(readStruct(ion));
      case LIST:
        if (set == null) {
          List<AttributeValue> list = new ArrayList<>();
          ion.stepIn();
          while (ion.next() != null) {
            list.add(readValue(ion));
          }
          ion.stepOut();
          return AttributeValue.fromL(list);
        }
        return readSet(ion, set);
      default:
        throw new BadLineException("Unsupported Ion type for DynamoDB: " + type);
    }
  }

  private static AttributeValue readSet(IonReader ion, String annotation) throws BadLineException {
    List<String> texts = new ArrayList<>();
    List<SdkBytes> bytes = new ArrayList<>();
    ion.stepIn();
    while (ion.next() != null) {
      IonType type = ion.getType();
      switch (annotation) {
        case "$dynamodb_SS" -> {
          if (type != IonType.STRING) {
            throw new BadLineException("$dynamodb_SS holds strings only");
          }
          texts.add(ion.stringValue());
        }
        case "$dynamodb_NS" -> {
          if (type != IonType.INT && type != IonType.DECIMAL) {
            throw new BadLineException("$dynamodb_NS holds numbers only");
          }
          texts.add(number(ion));
        }
        case "$dynamodb_BS" -> {
          if (type != IonType.BLOB) {
            throw new BadLineException("$dynamodb_BS holds blobs only");
          }
          bytes.add(SdkBytes.fromByteArrayUnsafe(ion.newBytes()));
        }
        default -> throw new BadLineException("Unknown annotation: " + annotation);
      }
    }
    ion.stepOut();
    return switch (annotation) {
      case "$dynamodb_SS" -> AttributeValue.fromSs(texts);
      case "$dynamodb_NS" -> AttributeValue.fromNs(texts);
      default -> AttributeValue.fromBs(bytes);
    };
  }

  private static String number(IonReader ion) {
    BigDecimal value =
        ion.getType() == IonType.INT ? new BigDecimal(ion.bigIntegerValue()) : ion.bigDecimalValue();
    return value.toString();
  }
}
