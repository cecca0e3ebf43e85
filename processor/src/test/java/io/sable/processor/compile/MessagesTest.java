package io.sable.processor.compile;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.JavaFileObjects;
import io.sable.processor.SableProcessor;
import io.sable.processor.validation.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message of the processor, caused by a small model: the message is reported in the expected
 * file, on the line holding the element or annotation value that caused it; an error fails the
 * compilation, a warning does not.
 */
class MessagesTest {

  /**
   * One model: the source of {@code test.Model} (a table {@code Things} with index {@code GSI1} is
   * always available as {@code test.Things}), the message, a fragment of its text, and a snippet
   * found on the line it must be reported on.
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

  private static final String KEYS = "@Entity(table = Things.class)\n@PartitionKey(\"M#{id}\")\n@SortKey(\"DATA\")\n";

  private static String entity(String annotations, String components) {
    return "package test;\n\nimport io.sable.annotations.*;\nimport java.time.*;\nimport java.util.*;\n\n" + annotations
        + "\nrecord Model(" + components + ") {\n  boolean active() { return true; }\n  int count() { return 1; }\n}\n";
  }

  private static String table(String annotation) {
    return "package test;\n\nimport io.sable.annotations.*;\n\n" + annotation + "\ninterface Model {}\n";
  }

  private static String source(String body) {
    return "package test;\n\nimport io.sable.annotations.*;\nimport java.util.*;\n\n" + body + "\n";
  }

  /** The cases by the part of the model they check, as the checks document groups them. */
  static Map<String, Supplier<Stream<Case>>> groups() {
    Map<String, Supplier<Stream<Case>>> groups = new LinkedHashMap<>();
    groups.put("Tables and indexes", MessagesTest::tableCases);
    groups.put("Entities and fields", MessagesTest::entityCases);
    groups.put("Key templates", MessagesTest::templateCases);
    groups.put("Index keys", MessagesTest::indexCases);
    groups.put("Access patterns", MessagesTest::patternCases);
    groups.put("Item collections and documents", MessagesTest::collectionCases);
    return groups;
  }

  static Stream<Case> cases() {
    return groups().values().stream().flatMap(Supplier::get);
  }

  static Stream<Case> tableCases() {
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
        new Case(Message.TOO_MANY_LOCAL_INDEXES,
            table("@Table(name = \"Models\", localIndexes = {\n" + Stream.iterate(1, i -> i + 1).limit(6)
                .map(i -> "    @LocalIndex(name = \"LSI" + i + "\", sortKey = \"L" + i + "\")")
                .collect(Collectors.joining(",\n")) + "})"),
            "declares 6 local secondary indexes, and DynamoDB allows at most 5", "@Table"),
        new Case(Message.LOCAL_INDEX_WITHOUT_SORT_KEY,
            table("@Table(name = \"Models\", sortKey = \"\",\n    localIndexes = @LocalIndex(name = \"LSI1\", sortKey = \"L\"))"),
            "Table Models has no sort key, and DynamoDB allows local secondary indexes only", "@LocalIndex"),
        new Case(Message.EMPTY_ATTRIBUTE_NAME, table("@Table(name = \"Models\", partitionKey = \"\")"),
            "The table's partition key attribute name is empty", "@Table"),
        new Case(Message.KEY_ATTRIBUTE_REUSED,
            table("@Table(name = \"Models\",\n    indexes = @Index(name = \"GSI1\", partitionKey = \"SK\", sortKey = \"GSI1SK\"))"),
            "Attribute 'SK' is both the table's sort key and the partition key of index GSI1", "@Index"),
        new Case(Message.KEY_ATTRIBUTE_TYPE_CONFLICT,
            table("@Table(name = \"Models\", indexes =\n    @Index(name = \"Inverted\", partitionKey = \"SK\", sortKey = \"PK\", "
                + "partitionKeyType = KeyType.NUMBER))"),
            "Attribute 'SK' is declared S as the table's sort key and N as the partition key of index Inverted",
            "@Index"));
  }

  static Stream<Case> entityCases() {
    return Stream.of(
        new Case(Message.ENTITY_SHAPE, source(KEYS + "class Model {\n  Model(int x) {}\n}"),
            "@Entity Model is a class with neither a static builder() nor a public no-argument constructor", "@Entity"),
        new Case(Message.SEALED_SUBTYPE_NOT_RECORD,
            source(KEYS + "sealed interface Model permits Thing {\n  String id();\n}\n"
                + "final class Thing implements Model {\n  public String id() { return \"x\"; }\n}"),
            "Sealed @Entity Model permits Thing, which is not a record", "@Entity"),
        new Case(Message.SEALED_SUBTYPE_MISSING_FIELD,
            source(KEYS + "sealed interface Model permits Thing {\n  String id();\n}\n"
                + "record Thing(String name) implements Model {\n  public String id() { return name; }\n}"),
            "Record Thing of sealed @Entity Model has no component id", "@Entity"),
        new Case(Message.ENTITY_TABLE_MISSING,
            entity("@Entity(table = String.class)\n@PartitionKey(\"M#{id}\")", "String id"),
            "@Entity Model names table type String, which has no @Table", "table = String.class"),
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
        new Case(Message.UNSUPPORTED_FIELD_TYPE, entity(KEYS, "String id,\n    Object payload"),
            "Field payload has the type java.lang.Object, which Sable cannot store", "Object payload"),
        new Case(Message.INVALID_CONVERTER, entity(KEYS, "String id,\n    @Convert(String.class) String note"),
            "@Convert(String.class) on note does not convert java.lang.String", "String note"),
        new Case(Message.DUPLICATE_ATTRIBUTE,
            entity(KEYS, "String id,\n    @Attribute(\"x\") String a,\n    @Attribute(\"x\") String b"),
            "Fields a and b are both stored in attribute 'x'", "String b"),
        new Case(Message.RESERVED_FIELD_NAME, entity(KEYS, "String id,\n    String GSI1PK"),
            "Field GSI1PK is stored in attribute 'GSI1PK', the table's GSI1 partition key attribute", "String GSI1PK"),
        new Case(Message.INVALID_VERSION_FIELD, entity(KEYS, "String id,\n    @Version String version"),
            "@Version on version is of type java.lang.String: put it on one int or long field", "String version"),
        new Case(Message.INVALID_TTL_FIELD, entity(KEYS, "String id,\n    @Ttl LocalDate expires"),
            "@Ttl on expires is of type java.time.LocalDate: put it on one Instant or long field", "@Ttl LocalDate"),
        new Case(Message.CONFLICTING_TTL_ATTRIBUTE,
            entity(KEYS, "String id,\n    @Ttl Instant expiresAt") + "\n@Entity(table = Things.class)\n"
                + "@PartitionKey(\"N#{id}\")\n@SortKey(\"X\")\nrecord Other(String id, @Ttl long ttl) {}\n",
            "@Ttl field ttl of Other is stored in attribute 'ttl', but Model stores the table Things's Time to Live in"
                + " 'expiresAt'", "@Ttl long ttl"),
        new Case(Message.INVALID_UNIQUE_FIELD, entity(KEYS, "@Unique String id"),
            "@Unique on id is in a key template", "@Unique String id"),
        new Case(Message.DOCUMENT_NOT_RECORD, source("@Document\nclass Model {}"),
            "@Document Model is not a record", "@Document"),
        new Case(Message.KEY_ANNOTATION_WITHOUT_ENTITY,
            "package test;\nimport io.sable.annotations.*;\n@PartitionKey(\"M#{id}\")\nrecord Model(String id) {}\n",
            "@PartitionKey on Model has no effect without @Entity", "record Model"));
  }

  static Stream<Case> templateCases() {
    return Stream.of(
        new Case(Message.MALFORMED_TEMPLATE, entity(KEYS.replace("M#{id}", "M#{id"), "String id"),
            "Key template 'M#{id' has an unmatched '{'", "M#{id"),
        new Case(Message.EMPTY_TEMPLATE, entity(KEYS.replace("DATA", ""), "String id"),
            "The key template is empty", "@SortKey"),
        new Case(Message.TEMPLATE_LITERAL_NOT_ASCII, entity(KEYS.replace("M#{id}", "M\u00e9{id}"), "String id"),
            "has the character '\\u00e9' in its literal text", "@PartitionKey"),
        new Case(Message.UNKNOWN_TEMPLATE_FIELD, entity(KEYS.replace("M#{id}", "M#{idd}"), "String id"),
            "names {idd}, which is not a field of Model: did you mean {id}?", "M#{idd}"),
        new Case(Message.UNSUPPORTED_KEY_FIELD_TYPE, entity(KEYS, "Duration id"),
            "uses {id} of type java.time.Duration, which has no order-preserving key encoding", "M#{id}"),
        new Case(Message.INVALID_SEGMENT_FORMAT, entity(KEYS.replace("M#{id}", "M#{id:12}"), "int id"),
            "gives {id} the format '12', but a field of type int takes a digit count from 1 to 10", "M#{id:12}"),
        new Case(Message.OPTIONAL_PRIMARY_KEY_FIELD, entity(KEYS, "Optional<String> id"),
            "uses {id}, an Optional, in the table's primary key", "M#{id}"),
        new Case(Message.KEY_TYPE_MISMATCH,
            entity("@Entity(table = Numbered.class)\n@PartitionKey(\"M#{id}\")\n@SortKey(\"N#{n}\")", "String id, int n")
                + "\n@Table(name = \"Numbered\", sortKeyType = KeyType.NUMBER)\ninterface Numbered {}\n",
            "The sort key of the table's primary key is declared NUMBER, but the key template 'N#{n}' is not a single "
                + "field of a numeric type", "@SortKey"),
        new Case(Message.KEY_TOO_LONG, entity(KEYS.replace("DATA", "A".repeat(1100) + "#{n}"), "String id, int n"),
            "can produce 1112 bytes of UTF-8, and DynamoDB limits a sort key to 1024 bytes", "@SortKey"),
        new Case(Message.KEY_COLLISION,
            entity(KEYS, "String id") + "\n@Entity(table = Things.class)\n@PartitionKey(\"M#{code}\")\n"
                + "@SortKey(\"DATA\")\nrecord Other(String code) {}\n",
            "Entity types Model and Other can have the same primary key",
            "@Entity(table = Things.class)\n@PartitionKey(\"M#{code}\")"),
        new Case(Message.PREFIX_OVERLAP,
            entity("@Entity(table = Things.class)\n@PartitionKey(\"M#{id}\")\n@SortKey(\"ORDER#{n}\")\n"
                + "@AccessPattern(name = \"orders\", bind = \"id\")", "String id, int n")
                + "\n@Entity(table = Things.class)\n@PartitionKey(\"M#{id}\")\n@SortKey(\"ORDER#ITEM#{sku}\")\n"
                + "record Line(String id, String sku) {}\n",
            "Access pattern 'orders' reads the sort keys of Model that match 'ORDER#...', which Line's sort keys "
                + "('ORDER#ITEM#{sku}') can match", "@AccessPattern"),
        new Case(Message.ENUM_SORT_ORDER,
            entity(KEYS.replace("DATA", "S#{status}"), "String id, Status status") + "\nenum Status { PENDING, DONE }\n",
            "encodes enum test.Status by name, so it sorts DONE < PENDING, not in declaration order", "@SortKey"),
        new Case(Message.STRING_SORT_ORDER, entity(KEYS.replace("DATA", "S#{name}_{n}"), "String id, String name, int n"),
            "follows string field {name} with '_', which sorts after digits and capital letters", "@SortKey"),
        new Case(Message.LOW_CARDINALITY_PARTITION_KEY,
            entity(KEYS + "@IndexKey(index = \"GSI1\", partitionKey = \"STATUS#{done}\", sortKey = \"M#{id}\")",
                "String id, boolean done"),
            "The partition key template 'STATUS#{done}' of index GSI1 has only enum or boolean fields",
            "STATUS#{done}"),
        new Case(Message.SHARD_IN_SORT_KEY, entity(KEYS.replace("DATA", "DATA#{shard:4:id}"), "String id"),
            "Key template 'DATA#{shard:4:id}' is the sort key of the table's primary key, and a write shard only "
                + "spreads partition key values", "DATA#{shard:4:id}"),
        new Case(Message.SHARD_KEY_TYPE,
            entity("@Entity(table = Numbered.class)\n@PartitionKey(\"{n}{shard:4:id}\")\n@SortKey(\"M#{id}\")",
                "String id, int n")
                + "\n@Table(name = \"Numbered\", partitionKeyType = KeyType.NUMBER)\ninterface Numbered {}\n",
            "Key template '{n}{shard:4:id}' of the table's primary key is sharded, but the key attribute is declared "
                + "NUMBER", "{n}{shard:4:id}"),
        new Case(Message.SHARD_COUNT,
            entity(KEYS + "@IndexKey(index = \"GSI1\", partitionKey = \"ALL#{shard:5000:id}\", sortKey = \"M#{id}\")",
                "String id"),
            "Key template 'ALL#{shard:5000:id}' asks for 5000 shards; a sharded key takes from 2 to 1000",
            "ALL#{shard:5000:id}"),
        new Case(Message.SHARD_WITHOUT_FIELD,
            entity(KEYS + "@IndexKey(index = \"GSI1\", partitionKey = \"ALL#{shard:10}\", sortKey = \"M#{id}\")",
                "String id"),
            "Key template 'ALL#{shard:10}' has {shard:10}, but Model has no field named shard, and a write shard "
                + "names the field its number is hashed from: write {shard:10:field}, such as {shard:10:id}",
            "ALL#{shard:10}"),
        new Case(Message.SHARD_FIELD,
            entity(KEYS + "@IndexKey(index = \"GSI1\", partitionKey = \"ALL#{shard:8:idd}\", sortKey = \"M#{id}\")",
                "String id"),
            "Key template 'ALL#{shard:8:idd}' derives its shard from {idd}, but it is not a field of Model: did you "
                + "mean {id}?", "ALL#{shard:8:idd}"),
        new Case(Message.SHARD_FIELD,
            entity(KEYS.replace("M#{id}", "M#{shard:8:n}"), "String id, int n"),
            "derives its shard from {n}, but it is not in the primary key templates", "M#{shard:8:n}"));
  }

  static Stream<Case> indexCases() {
    String local = "\n@Table(name = \"Local\", localIndexes = @LocalIndex(name = \"LSI1\", sortKey = \"LSK\"),\n"
        + "    indexes = @Index(name = \"Inverted\", partitionKey = \"SK\", sortKey = \"PK\"))\ninterface Local {}\n";
    String localKeys = "@Entity(table = Local.class)\n@PartitionKey(\"M#{id}\")\n@SortKey(\"DATA\")\n";
    return Stream.of(
        new Case(Message.UNKNOWN_INDEX,
            entity(KEYS + "@IndexKey(index = \"GSI9\", partitionKey = \"X#{id}\")", "String id"),
            "Index GSI9 is not declared on table Things: declare it in @Table(indexes = ...) or "
                + "@Table(localIndexes = ...); it declares GSI1", "GSI9"),
        new Case(Message.UNKNOWN_INDEX,
            entity(KEYS + "@AccessPattern(name = \"byIndex\", index = \"GSI7\")", "String id"),
            "Index GSI7 is not declared on table Things", "GSI7"),
        new Case(Message.DUPLICATE_INDEX_KEY,
            entity(KEYS + "@IndexKey(index = \"GSI1\", partitionKey = \"A#{id}\", sortKey = \"X\")\n"
                + "@IndexKey(index = \"GSI1\", partitionKey = \"B#{id}\", sortKey = \"Y\")", "String id"),
            "@Entity Model has two @IndexKey for index GSI1", "B#{id}"),
        new Case(Message.MISSING_INDEX_PARTITION_KEY,
            entity(KEYS + "@IndexKey(index = \"GSI1\", sortKey = \"X\")", "String id"),
            "Global secondary index GSI1 needs a partition key template", "@IndexKey"),
        new Case(Message.LOCAL_INDEX_PARTITION_KEY,
            entity(localKeys + "@IndexKey(index = \"LSI1\", partitionKey = \"A#{id}\", sortKey = \"L\")", "String id")
                + local,
            "Local secondary index LSI1 shares the table's partition key", "partitionKey = \"A#{id}\""),
        new Case(Message.DERIVED_INDEX_KEY,
            entity(localKeys + "@IndexKey(index = \"Inverted\", partitionKey = \"A#{id}\", sortKey = \"B\")",
                "String id") + local,
            "Index Inverted is keyed by the table's own key attributes", "@IndexKey"),
        new Case(Message.MISSING_INDEX_SORT_KEY,
            entity(KEYS + "@IndexKey(index = \"GSI1\", partitionKey = \"A#{id}\")", "String id"),
            "Index GSI1 has the sort key 'GSI1SK' but this @IndexKey has no sortKey template", "@IndexKey"),
        new Case(Message.UNEXPECTED_INDEX_SORT_KEY,
            entity("@Entity(table = Loose.class)\n@PartitionKey(\"M#{id}\")\n@SortKey(\"X\")\n"
                + "@IndexKey(index = \"ByName\", partitionKey = \"A#{id}\", sortKey = \"S\")", "String id")
                + "\n@Table(name = \"Loose\", indexes = @Index(name = \"ByName\", partitionKey = \"NPK\"))\n"
                + "interface Loose {}\n",
            "Index ByName has no sort key, so this sortKey template cannot be stored", "sortKey = \"S\""),
        new Case(Message.INVALID_INCLUDE_WHEN,
            entity(KEYS + "@IndexKey(index = \"GSI1\", partitionKey = \"A#{id}\", sortKey = \"X\",\n"
                + "    includeWhen = \"count\")", "String id"),
            "includeWhen names 'count', which is not a no-argument boolean method of Model", "@IndexKey"));
  }

  static Stream<Case> patternCases() {
    return Stream.of(
        new Case(Message.INVALID_ACCESS_PATTERN_NAME, entity(KEYS + "@AccessPattern(name = \"get\")", "String id"),
            "Access pattern name 'get' is the name of a method every repository has", "@AccessPattern"),
        new Case(Message.INVALID_ACCESS_PATTERN_NAME,
            entity(KEYS + "@AccessPattern(name = \"by-id\")", "String id"),
            "Access pattern name 'by-id' is not a Java identifier", "@AccessPattern"),
        new Case(Message.DUPLICATE_ACCESS_PATTERN,
            entity(KEYS + "@AccessPattern(name = \"one\")\n@AccessPattern(name = \"one\", bind = \"id\")", "String id"),
            "@Entity Model has two access patterns named 'one'", "bind = \"id\""),
        new Case(Message.UNKNOWN_BIND_FIELD,
            entity(KEYS + "@AccessPattern(name = \"one\", bind = \"ide\")", "String id"),
            "Access pattern 'one' binds 'ide', which is not a field of Model: did you mean {id}?", "@AccessPattern"),
        new Case(Message.UNSERVED_ACCESS_PATTERN,
            entity("@Entity(table = Things.class)\n@PartitionKey(\"M#{id}#{region}\")\n@SortKey(\"DATA\")\n"
                + "@AccessPattern(name = \"byId\", bind = \"id\")", "String id, String region"),
            "Access pattern 'byId' cannot be served by a GetItem or Query on the table's primary key: it does not "
                + "bind {region} of the partition key template 'M#{id}#{region}'", "@AccessPattern"),
        new Case(Message.UNSERVED_ACCESS_PATTERN,
            entity("@Entity(table = Things.class)\n@PartitionKey(\"M#{id}\")\n@SortKey(\"AT#{day}#{seq}\")\n"
                + "@AccessPattern(name = \"bySeq\", bind = {\"id\", \"seq\"})", "String id, LocalDate day, int seq"),
            "it binds {seq} without {day}, which comes before it in the sort key template 'AT#{day}#{seq}'",
            "@AccessPattern"),
        new Case(Message.UNSERVED_ACCESS_PATTERN,
            entity(KEYS + "@AccessPattern(name = \"byName\", bind = {\"id\", \"name\"})", "String id, String name"),
            "it binds {name}, which is in neither key template of the table's primary key", "@AccessPattern"),
        new Case(Message.UNSERVED_ACCESS_PATTERN,
            entity(KEYS + "@AccessPattern(name = \"byIndex\", index = \"GSI1\", bind = \"id\")", "String id"),
            "cannot be served by a GetItem or Query on index GSI1: @Entity Model has no @IndexKey for index GSI1",
            "@AccessPattern"),
        new Case(Message.UNSERVED_ACCESS_PATTERN,
            entity(KEYS + "@AccessPattern(name = \"all\", scan = true, bind = \"id\")", "String id"),
            "cannot be served by a Scan: a Scan reads the whole table or index and takes no bound fields",
            "@AccessPattern"));
  }

  static Stream<Case> collectionCases() {
    String thing = KEYS + "record Thing(String id) {}\n";
    return Stream.of(
        new Case(Message.COLLECTION_NOT_RECORD,
            source("@ItemCollection(table = Things.class, partitionKey = \"M#{id}\")\ninterface Model {}"),
            "@ItemCollection Model is not a record", "@ItemCollection"),
        new Case(Message.COLLECTION_MEMBER,
            source("@ItemCollection(table = Things.class, partitionKey = \"M#{id}\")\nrecord Model(\n    List<String> names) {}"),
            "Component names of @ItemCollection Model does not hold an @Entity of table Things", "List<String> names"),
        new Case(Message.COLLECTION_MEMBER,
            source("@Entity(table = Things.class)\n@PartitionKey(\"M#{id}#{shard:4:id}\")\n@SortKey(\"DATA\")\n"
                + "record Thing(String id) {}\n\n@ItemCollection(table = Things.class, partitionKey = \"M#{id}\")\n"
                + "record Model(\n    Optional<Thing> thing) {}"),
            "whose partition key 'M#{id}#{shard:4:id}' is write-sharded over 4 item collections", "Optional<Thing> thing"),
        new Case(Message.COLLECTION_SHAPE,
            source(thing + "@ItemCollection(table = Things.class, partitionKey = \"N#{id}\")\nrecord Model(\n"
                + "    Optional<Thing> thing) {}"),
            "holds Thing, whose partition key template on the table's primary key is 'M#{id}', not of the "
                + "collection's shape 'N#{id}'", "Optional<Thing> thing"),
        new Case(Message.COLLECTION_SINGLE_MEMBER,
            source("@Entity(table = Things.class)\n@PartitionKey(\"M#{id}\")\n@SortKey(\"T#{n}\")\n"
                + "record Thing(String id, int n) {}\n@ItemCollection(table = Things.class, partitionKey = \"M#{id}\")\n"
                + "record Model(\n    Optional<Thing> thing) {}"),
            "Component thing of @ItemCollection Model holds one Thing, but its sort key template 'T#{n}' has fields",
            "Optional<Thing> thing"));
  }

  /** Each case compiled once, for both the message test and the checks document. */
  private static final Map<Case, Compilation> COMPILATIONS = new ConcurrentHashMap<>();

  private static JavaFileObject model(Case c) {
    return JavaFileObjects.forSourceString("test.Model", c.source());
  }

  private static Compilation compile(Case c) {
    return COMPILATIONS.computeIfAbsent(c, key -> javac().withProcessors(new SableProcessor())
        .compile(model(key), JavaFileObjects.forSourceString("test.Things", THINGS)));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void process_whenModelInvalid_reportsTheMessageOnTheCausingLine(Case c) {
    JavaFileObject model = model(c);

    Compilation compilation = compile(c);

    String tag = "[" + c.message().tag() + "] ";
    if (c.message().kind() == Diagnostic.Kind.ERROR) {
      CompilationSubject.assertThat(compilation).failed();
      CompilationSubject.assertThat(compilation).hadErrorContaining(tag).inFile(model)
          .onLine(lineOf(c.source(), c.lineSnippet()));
      CompilationSubject.assertThat(compilation).hadErrorContaining(c.text());
    } else {
      CompilationSubject.assertThat(compilation).succeeded();
      CompilationSubject.assertThat(compilation).hadWarningContaining(tag).inFile(model)
          .onLine(lineOf(c.source(), c.lineSnippet()));
      CompilationSubject.assertThat(compilation).hadWarningContaining(c.text());
    }
  }

  @Test
  void cases_coverEveryMessageThatAModelCanCause() {
    Set<Message> covered = cases().map(Case::message).collect(Collectors.toCollection(() -> EnumSet.noneOf(Message.class)));
    Set<Message> expected = EnumSet.allOf(Message.class);
    // LATE_ENTITY has its own test (it needs a second processor); INTERNAL_ERROR means a bug in Sable.
    expected.removeAll(List.of(Message.LATE_ENTITY, Message.INTERNAL_ERROR));

    assertThat(covered).containsExactlyInAnyOrderElementsOf(expected);
  }

  /**
   * {@code docs/compile-time-checks.md} lists every check with the message its first case causes,
   * as written by the processor. After changing a message, regenerate it with {@code mvn -pl
   * processor -am test -Dtest=MessagesTest -Dsurefire.failIfNoSpecifiedTests=false
   * -Dsable.golden.update=true} and review the diff.
   */
  @Test
  void checksDocument_listsEveryCheckWithTheMessageItReports() throws IOException {
    StringBuilder doc = new StringBuilder("""
        # Sable's compile-time checks

        The annotation processor checks the model as it compiles it. Each check reports on the annotation or
        element that caused it, with what to do; an error fails the compilation, a warning does not. Below,
        each check with the message that a small model in `MessagesTest` causes. This file is generated:
        `mvn -pl processor -am test -Dtest=MessagesTest -Dsurefire.failIfNoSpecifiedTests=false
        -Dsable.golden.update=true`.
        """);
    groups().forEach((group, cases) -> {
      doc.append("\n## ").append(group).append("\n\n| Check | Kind | Example message |\n|---|---|---|\n");
      Set<Message> seen = EnumSet.noneOf(Message.class);
      cases.get().filter(c -> seen.add(c.message())).forEach(c -> doc.append("| `").append(c.message().tag())
          .append("` | ").append(c.message().kind() == Diagnostic.Kind.ERROR ? "error" : "warning").append(" | ")
          .append(reported(c).replace("|", "\\|")).append(" |\n"));
    });
    Path file = Path.of("../docs/compile-time-checks.md");

    if (Boolean.getBoolean("sable.golden.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, doc);
    }
    assertThat(file).as("regenerate docs/compile-time-checks.md, see this test's javadoc").hasContent(doc.toString());
  }

  /** The text of the diagnostic the case causes, without its tag. */
  private static String reported(Case c) {
    String tag = "[" + c.message().tag() + "] ";
    return compile(c).diagnostics().stream().map(d -> d.getMessage(Locale.ROOT)).filter(m -> m.startsWith(tag))
        .findFirst().map(m -> m.substring(tag.length())).orElseThrow(() -> new AssertionError("no " + tag));
  }

  private static long lineOf(String source, String snippet) {
    String[] lines = source.split("\n", -1);
    String[] wanted = snippet.split("\n", -1);
    for (int i = 0; i + wanted.length <= lines.length; i++) {
      boolean match = true;
      for (int j = 0; j < wanted.length; j++) {
        match &= lines[i + j].contains(wanted[j]);
      }
      if (match) {
        return i + 1;
      }
    }
    throw new AssertionError("No line contains " + snippet + " in\n" + source);
  }
}
