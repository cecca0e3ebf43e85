package io.sable.processor.compile;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.JavaFileObjects;
import io.sable.processor.SableProcessor;
import io.sable.processor.validation.Message;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message of the processor, triggered by a small model: the compilation fails, and the
 * message is reported in the expected file, on the line holding the element or annotation value
 * that caused it.
 */
class MessagesTest {

  /**
   * One invalid model: the source of {@code test.Model} (a table {@code Things} with index {@code
   * GSI1} is always available as {@code test.Things}), the message, a fragment of its text, and a
   * snippet found on the line it must be reported on.
   */
  record Case(Message message, String source, String text, String lineSnippet) {
    @Override
    public String toString() {
      return message + ": " + text;
    }
  }

  private static final String THINGS = """
      package test;

      import io.sable.annotations.*;

      @Table(name = "Things", indexes = @Index(name = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK"))
      interface Things {}
      """;

  private static String entity(String annotations, String components) {
    return "package test;\n\nimport io.sable.annotations.*;\nimport java.time.*;\n\n" + annotations
        + "\nrecord Model(" + components + ") {\n  boolean active() { return true; }\n  int count() { return 1; }\n}\n";
  }

  private static String table(String annotation) {
    return "package test;\n\nimport io.sable.annotations.*;\n\n" + annotation + "\ninterface Model {}\n";
  }

  static Stream<Case> cases() {
    String keys = "@Entity(table = Things.class)\n@PartitionKey(\"M#{id}\")\n@SortKey(\"DATA\")\n";
    return Stream.of(
        new Case(Message.INVALID_TABLE_NAME, table("@Table(name = \"x\")"), "Table name 'x'", "name = \"x\""),
        new Case(Message.INVALID_INDEX_NAME,
            table("@Table(name = \"Models\",\n    indexes = @Index(name = \"G\", partitionKey = \"GPK\"))"),
            "Index name 'G'", "name = \"G\""),
        new Case(Message.DUPLICATE_INDEX,
            table("@Table(name = \"Models\", indexes = {\n    @Index(name = \"GSI1\", partitionKey = \"A\"),\n"
                + "    @Index(name = \"GSI1\", partitionKey = \"B\")})"),
            "Index GSI1 is declared twice", "partitionKey = \"B\""),
        new Case(Message.TOO_MANY_INDEXES,
            table("@Table(name = \"Models\", indexes = {\n" + Stream.iterate(1, i -> i + 1).limit(21)
                .map(i -> "    @Index(name = \"GSI" + i + "\", partitionKey = \"GSI" + i + "PK\")")
                .collect(Collectors.joining(",\n")) + "})"),
            "declares 21 global secondary indexes", "@Table"),
        new Case(Message.EMPTY_ATTRIBUTE_NAME, table("@Table(name = \"Models\", partitionKey = \"\")"),
            "The table's partition key attribute name is empty", "@Table"),
        new Case(Message.KEY_ATTRIBUTE_REUSED,
            table("@Table(name = \"Models\",\n    indexes = @Index(name = \"GSI1\", partitionKey = \"SK\"))"),
            "Attribute 'SK' is both the table's sort key and the partition key of index GSI1", "@Index"),
        new Case(Message.ENTITY_NOT_RECORD,
            "package test;\nimport io.sable.annotations.*;\n" + keys + "class Model {}\n",
            "@Entity Model is not a record", "@Entity"),
        new Case(Message.ENTITY_TABLE_MISSING,
            entity("@Entity(table = String.class)\n@PartitionKey(\"M#{id}\")", "String id"),
            "names table type String, which has no @Table", "table = String.class"),
        new Case(Message.DUPLICATE_ENTITY_TYPE,
            entity("@Entity(table = Things.class, name = \"Thing\")\n@PartitionKey(\"M#{id}\")\n@SortKey(\"X\")",
                "String id") + "\n@Entity(name = \"Thing\", table = Things.class)\n@PartitionKey(\"N#{id}\")\n"
                + "@SortKey(\"X\")\nrecord Other(String id) {}\n",
            "Entity type 'Thing' of Other is already the entity type of Model", "@Entity(name = \"Thing\""),
        new Case(Message.MISSING_PARTITION_KEY, entity("@Entity(table = Things.class)\n@SortKey(\"X\")", "String id"),
            "@Entity Model has no @PartitionKey", "@Entity"),
        new Case(Message.MISSING_SORT_KEY, entity("@Entity(table = Things.class)\n@PartitionKey(\"M#{id}\")", "String id"),
            "Table Things has the sort key 'SK' but @Entity Model has no @SortKey", "@Entity"),
        new Case(Message.UNEXPECTED_SORT_KEY,
            entity("@Entity(table = Flat.class)\n@PartitionKey(\"M#{id}\")\n@SortKey(\"X\")", "String id")
                + "\n@Table(name = \"Flat\", sortKey = \"\")\ninterface Flat {}\n",
            "Table Flat has no sort key", "@SortKey"),
        new Case(Message.MALFORMED_TEMPLATE, entity(keys.replace("M#{id}", "M#{id"), "String id"),
            "Key template 'M#{id' has an unmatched '{'", "M#{id"),
        new Case(Message.EMPTY_TEMPLATE, entity(keys.replace("DATA", ""), "String id"),
            "The key template is empty", "@SortKey"),
        new Case(Message.TEMPLATE_LITERAL_NOT_ASCII, entity(keys.replace("M#{id}", "M\u00e9{id}"), "String id"),
            "has the character '\\u00e9' in its literal text", "@PartitionKey"),
        new Case(Message.UNKNOWN_TEMPLATE_FIELD, entity(keys.replace("M#{id}", "M#{idd}"), "String id"),
            "names {idd}, which is not a component of Model: did you mean {id}?", "M#{idd}"),
        new Case(Message.UNSUPPORTED_KEY_FIELD_TYPE, entity(keys, "Duration id"),
            "uses {id} of type java.time.Duration, which has no order-preserving key encoding", "M#{id}"),
        new Case(Message.UNSUPPORTED_FIELD_TYPE, entity(keys, "String id,\n    Object payload"),
            "Component payload has the type java.lang.Object", "Object payload"),
        new Case(Message.RESERVED_FIELD_NAME, entity(keys, "String id,\n    String GSI1PK"),
            "Component GSI1PK has the name of the table's GSI1 partition key attribute", "String GSI1PK"),
        new Case(Message.UNKNOWN_INDEX,
            entity(keys + "@IndexKey(index = \"GSI9\", partitionKey = \"X#{id}\")", "String id"),
            "Index GSI9 is not declared on table Things: declare it in @Table(indexes = ...); it declares GSI1",
            "GSI9"),
        new Case(Message.UNKNOWN_INDEX,
            entity(keys + "@AccessPattern(name = \"byIndex\", index = \"GSI7\")", "String id"),
            "Index GSI7 is not declared on table Things", "GSI7"),
        new Case(Message.DUPLICATE_INDEX_KEY,
            entity(keys + "@IndexKey(index = \"GSI1\", partitionKey = \"A#{id}\", sortKey = \"X\")\n"
                + "@IndexKey(index = \"GSI1\", partitionKey = \"B#{id}\", sortKey = \"Y\")", "String id"),
            "@Entity Model has two @IndexKey for index GSI1", "B#{id}"),
        new Case(Message.MISSING_INDEX_SORT_KEY,
            entity(keys + "@IndexKey(index = \"GSI1\", partitionKey = \"A#{id}\")", "String id"),
            "Index GSI1 has the sort key 'GSI1SK' but this @IndexKey has no sortKey template", "@IndexKey"),
        new Case(Message.UNEXPECTED_INDEX_SORT_KEY,
            entity("@Entity(table = Loose.class)\n@PartitionKey(\"M#{id}\")\n@SortKey(\"X\")\n"
                + "@IndexKey(index = \"ByName\", partitionKey = \"A#{id}\", sortKey = \"S\")", "String id")
                + "\n@Table(name = \"Loose\", indexes = @Index(name = \"ByName\", partitionKey = \"NPK\"))\n"
                + "interface Loose {}\n",
            "Index ByName has no sort key, so this sortKey template cannot be stored", "sortKey = \"S\""),
        new Case(Message.INVALID_INCLUDE_WHEN,
            entity(keys + "@IndexKey(index = \"GSI1\", partitionKey = \"A#{id}\", sortKey = \"X\",\n"
                + "    includeWhen = \"count\")", "String id"),
            "includeWhen names 'count', which is not a no-argument boolean method of Model", "@IndexKey"),
        new Case(Message.INVALID_ACCESS_PATTERN_NAME, entity(keys + "@AccessPattern(name = \"get\")", "String id"),
            "Access pattern name 'get' is the name of a method every repository has", "@AccessPattern"),
        new Case(Message.INVALID_ACCESS_PATTERN_NAME,
            entity(keys + "@AccessPattern(name = \"by-id\")", "String id"),
            "Access pattern name 'by-id' is not a Java identifier", "@AccessPattern"),
        new Case(Message.DUPLICATE_ACCESS_PATTERN,
            entity(keys + "@AccessPattern(name = \"one\")\n@AccessPattern(name = \"one\", bind = \"id\")", "String id"),
            "@Entity Model has two access patterns named 'one'", "bind = \"id\""),
        new Case(Message.UNKNOWN_BIND_FIELD,
            entity(keys + "@AccessPattern(name = \"one\", bind = \"ide\")", "String id"),
            "Access pattern 'one' binds 'ide', which is not a component of Model: did you mean {id}?", "@AccessPattern"),
        new Case(Message.UNSERVED_ACCESS_PATTERN,
            entity("@Entity(table = Things.class)\n@PartitionKey(\"M#{id}#{region}\")\n@SortKey(\"DATA\")\n"
                + "@AccessPattern(name = \"byId\", bind = \"id\")", "String id, String region"),
            "Access pattern 'byId' cannot be served by a GetItem or Query on the table's primary key: it does not "
                + "bind {region} of the partition key template 'M#{id}#{region}'",
            "@AccessPattern"),
        new Case(Message.UNSERVED_ACCESS_PATTERN,
            entity("@Entity(table = Things.class)\n@PartitionKey(\"M#{id}\")\n@SortKey(\"AT#{day}#{seq}\")\n"
                + "@AccessPattern(name = \"bySeq\", bind = {\"id\", \"seq\"})", "String id, LocalDate day, int seq"),
            "it binds {seq} without {day}, which comes before it in the sort key template 'AT#{day}#{seq}'",
            "@AccessPattern"),
        new Case(Message.UNSERVED_ACCESS_PATTERN,
            entity(keys + "@AccessPattern(name = \"byName\", bind = {\"id\", \"name\"})", "String id, String name"),
            "it binds {name}, which is in neither key template of the table's primary key", "@AccessPattern"),
        new Case(Message.UNSERVED_ACCESS_PATTERN,
            entity(keys + "@AccessPattern(name = \"byIndex\", index = \"GSI1\", bind = \"id\")", "String id"),
            "cannot be served by a GetItem or Query on index GSI1: @Entity Model has no @IndexKey for index GSI1",
            "@AccessPattern"),
        new Case(Message.KEY_ANNOTATION_WITHOUT_ENTITY,
            "package test;\nimport io.sable.annotations.*;\n@PartitionKey(\"M#{id}\")\nrecord Model(String id) {}\n",
            "@PartitionKey on Model has no effect without @Entity", "record Model"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void process_whenModelInvalid_reportsTheMessageOnTheCausingLine(Case c) {
    JavaFileObject model = JavaFileObjects.forSourceString("test.Model", c.source());

    Compilation compilation = javac().withProcessors(new SableProcessor())
        .compile(model, JavaFileObjects.forSourceString("test.Things", THINGS));

    CompilationSubject.assertThat(compilation).failed();
    CompilationSubject.assertThat(compilation)
        .hadErrorContaining("[" + c.message().tag() + "] " )
        .inFile(model)
        .onLine(lineOf(c.source(), c.lineSnippet()));
    CompilationSubject.assertThat(compilation).hadErrorContaining(c.text());
  }

  @Test
  void cases_coverEveryMessageThatAModelCanCause() {
    Set<Message> covered = cases().map(Case::message).collect(Collectors.toCollection(() -> EnumSet.noneOf(Message.class)));
    Set<Message> expected = EnumSet.allOf(Message.class);
    // LATE_ENTITY has its own test (it needs a second processor); INTERNAL_ERROR means a bug in Sable.
    expected.removeAll(List.of(Message.LATE_ENTITY, Message.INTERNAL_ERROR));

    assertThat(covered).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static long lineOf(String source, String snippet) {
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(snippet)) {
        return i + 1;
      }
    }
    throw new AssertionError("No line contains " + snippet + " in\n" + source);
  }
}
