package io.sable.engine.differential;

import static io.sable.engine.differential.Fixtures.attribute;
import static io.sable.engine.differential.Fixtures.gsi;
import static io.sable.engine.differential.Fixtures.hash;
import static io.sable.engine.differential.Fixtures.item;
import static io.sable.engine.differential.Fixtures.lsi;
import static io.sable.engine.differential.Fixtures.range;
import static io.sable.engine.differential.Fixtures.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** CreateTable, DescribeTable, ListTables and DeleteTable against DynamoDB Local. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TableOperationsDifferentialTest {
  private static final ProvisionedThroughput FIVE =
      ProvisionedThroughput.builder().readCapacityUnits(5L).writeCapacityUnits(5L).build();

  private Differential differential;

  @BeforeAll
  void start() {
    differential = Differential.start();
  }

  @AfterAll
  void stop() {
    differential.close();
  }

  private static CreateTableRequest.Builder base() {
    return Fixtures.table("created", 1, "pk", "S");
  }

  private static Arguments create(String label, UnaryOperator<CreateTableRequest.Builder> change) {
    return Arguments.of(label, change);
  }

  static Stream<Arguments> creates() {
    GlobalSecondaryIndex include =
        GlobalSecondaryIndex.builder().indexName("inc").keySchema(hash("g"), range("h"))
            .projection(Projection.builder().projectionType(ProjectionType.INCLUDE).nonKeyAttributes("z", "y").build()).build();
    return Stream.of(
        create("on demand", r -> r),
        create("provisioned", r -> r.billingMode(BillingMode.PROVISIONED).provisionedThroughput(FIVE)),
        create("provisioned by default", r -> r.billingMode((String) null).provisionedThroughput(FIVE)),
        create("provisioned without throughput", r -> r.billingMode(BillingMode.PROVISIONED)),
        create("no billing mode nor throughput", r -> r.billingMode((String) null)),
        create("hash and range", r -> r.keySchema(hash("pk"), range("sk")).attributeDefinitions(attribute("pk", "S"), attribute("sk", "N"))),
        create("binary keys", r -> r.keySchema(hash("pk"), range("sk")).attributeDefinitions(attribute("pk", "B"), attribute("sk", "B"))),
        create("extra attribute definition", r -> r.attributeDefinitions(attribute("pk", "S"), attribute("x", "S"))),
        create("missing attribute definition", r -> r.attributeDefinitions(attribute("x", "S"))),
        create("missing range definition", r -> r.keySchema(hash("pk"), range("sk"))),
        create("invalid attribute type", r -> r.attributeDefinitions(attribute("pk", "BOOL"))),
        create("two hash keys", r -> r.keySchema(hash("pk"), hash("x")).attributeDefinitions(attribute("pk", "S"), attribute("x", "S"))),
        create("range first", r -> r.keySchema(range("x"), hash("pk")).attributeDefinitions(attribute("pk", "S"), attribute("x", "S"))),
        create("same key twice", r -> r.keySchema(hash("pk"), range("pk"))),
        create("no key schema", r -> r.keySchema(List.of())),
        create("three keys", r -> r.keySchema(hash("pk"), range("x"), range("y")).attributeDefinitions(attribute("pk", "S"), attribute("x", "S"), attribute("y", "S"))),
        create("short name", r -> r.tableName("ab")),
        create("bad name", r -> r.tableName("a!b")),
        create("long name", r -> r.tableName("x".repeat(256))),
        create("dotted name", r -> r.tableName("a.b-c_d")),
        create("gsi", r -> r.attributeDefinitions(attribute("pk", "S"), attribute("g", "S"), attribute("h", "N")).globalSecondaryIndexes(include)),
        create("gsi keys only", r -> r.attributeDefinitions(attribute("pk", "S"), attribute("g", "S")).globalSecondaryIndexes(gsi("gsi1", ProjectionType.KEYS_ONLY, "g"))),
        create("gsi without projection", r -> r.attributeDefinitions(attribute("pk", "S"), attribute("g", "S")).globalSecondaryIndexes(gsi("gsi1", ProjectionType.ALL, "g").toBuilder().projection((Projection) null).build())),
        create("gsi keys only with attributes", r -> r.attributeDefinitions(attribute("pk", "S"), attribute("g", "S")).globalSecondaryIndexes(gsi("gsi1", ProjectionType.ALL, "g").toBuilder().projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).nonKeyAttributes("z").build()).build())),
        create("gsi include without attributes", r -> r.attributeDefinitions(attribute("pk", "S"), attribute("g", "S")).globalSecondaryIndexes(gsi("gsi1", ProjectionType.INCLUDE, "g"))),
        create("gsi twice", r -> r.attributeDefinitions(attribute("pk", "S"), attribute("g", "S")).globalSecondaryIndexes(gsi("gsi1", ProjectionType.ALL, "g"), gsi("gsi1", ProjectionType.ALL, "g"))),
        create("gsi key undefined", r -> r.globalSecondaryIndexes(gsi("gsi1", ProjectionType.ALL, "g"))),
        create("gsi range undefined", r -> r.attributeDefinitions(attribute("pk", "S"), attribute("g", "S")).globalSecondaryIndexes(gsi("gsi1", ProjectionType.ALL, "g", "h"))),
        create("gsi list empty", r -> r.globalSecondaryIndexes(List.of())),
        create("gsi on table key", r -> r.globalSecondaryIndexes(gsi("gsi1", ProjectionType.ALL, "pk"))),
        create("gsi bad name", r -> r.attributeDefinitions(attribute("pk", "S"), attribute("g", "S")).globalSecondaryIndexes(gsi("g", ProjectionType.ALL, "g"))),
        create("gsi provisioned without throughput", r -> r.billingMode(BillingMode.PROVISIONED).provisionedThroughput(FIVE).attributeDefinitions(attribute("pk", "S"), attribute("g", "S")).globalSecondaryIndexes(gsi("gsi1", ProjectionType.ALL, "g"))),
        create("gsi provisioned", r -> r.billingMode(BillingMode.PROVISIONED).provisionedThroughput(FIVE).attributeDefinitions(attribute("pk", "S"), attribute("g", "S")).globalSecondaryIndexes(gsi("gsi1", ProjectionType.ALL, "g").toBuilder().provisionedThroughput(FIVE).build())),
        create("lsi", r -> r.keySchema(hash("pk"), range("sk")).attributeDefinitions(attribute("pk", "S"), attribute("sk", "S"), attribute("l", "N")).localSecondaryIndexes(lsi("lsi1", ProjectionType.KEYS_ONLY, "pk", "l"))),
        create("lsi on hash table", r -> r.attributeDefinitions(attribute("pk", "S"), attribute("l", "N")).localSecondaryIndexes(lsi("lsi1", ProjectionType.ALL, "pk", "l"))),
        create("lsi other hash key", r -> r.keySchema(hash("pk"), range("sk")).attributeDefinitions(attribute("pk", "S"), attribute("sk", "S"), attribute("l", "N")).localSecondaryIndexes(lsi("lsi1", ProjectionType.ALL, "l", "sk"))),
        create("gsi and lsi", r -> r.keySchema(hash("pk"), range("sk")).attributeDefinitions(attribute("pk", "S"), attribute("sk", "S"), attribute("l", "N"), attribute("g", "B")).localSecondaryIndexes(lsi("lsi1", ProjectionType.ALL, "pk", "l")).globalSecondaryIndexes(gsi("gsi1", ProjectionType.KEYS_ONLY, "g", "l"))));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("creates")
  void createTable_whenRequestGiven_createsOrFailsLikeDynamoDb(
      String label, UnaryOperator<CreateTableRequest.Builder> change) {
    CreateTableRequest request = change.apply(base()).build();
    TableDescription created =
        differential.same(c -> c.createTable(request).tableDescription(), TableOperationsDifferentialTest::view);
    differential.same(c -> c.listTables().tableNames(), names -> names);
    if (created != null) {
      differential.same(
          c -> c.describeTable(r -> r.tableName(request.tableName())).table(), TableOperationsDifferentialTest::view);
      differential.same(
          c -> c.deleteTable(r -> r.tableName(request.tableName())).tableDescription().tableName(), name -> name);
    }
  }

  @Test
  void createTable_whenOnDemandWithThroughput_rejectsAsDynamoDbDoes() {
    // DynamoDB Local 3.1.0 accepts ProvisionedThroughput with PAY_PER_REQUEST; DynamoDB rejects
    // it (API reference, CreateTable, BillingMode).
    differential.documentedDifference(
        c -> c.createTable(base().tableName("ondemand").provisionedThroughput(FIVE).build()),
        "ok",
        "DynamoDbException|ValidationException|400|One or more parameter values were invalid:"
            + " Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode"
            + " is PAY_PER_REQUEST");
    differential.local().deleteTable(r -> r.tableName("ondemand"));
  }

  @Test
  void createTable_whenTableExists_throwsResourceInUseWithDynamoDbMessage() {
    differential.both(c -> c.createTable(base().tableName("twice").build()));
    // DynamoDB Local: "Cannot create preexisting table"; DynamoDB: "Table already exists: <name>".
    differential.sameErrorExceptMessage(
        c -> c.createTable(base().tableName("twice").build()), "Table already exists: twice");
    differential.both(c -> c.deleteTable(r -> r.tableName("twice")));
  }

  @Test
  void describeAndDeleteTable_whenTableMissing_throwResourceNotFoundWithDynamoDbMessage() {
    // DynamoDB Local: "Cannot do operations on a non-existent table"; DynamoDB:
    // "Requested resource not found: Table: <name> not found".
    differential.sameErrorExceptMessage(
        c -> c.describeTable(r -> r.tableName("nothere")), "Requested resource not found: Table: nothere not found");
    differential.sameErrorExceptMessage(
        c -> c.deleteTable(r -> r.tableName("nothere")), "Requested resource not found: Table: nothere not found");
    differential.sameOutcome(c -> c.describeTable(r -> r.tableName("x")));
  }

  @Test
  void listTables_whenPaged_returnsNamesInOrderLikeDynamoDb() {
    for (String name : List.of("bbb", "aaa", "ccc", "ABC", "a_b", "a.b", "a-b", "zzz")) {
      differential.both(c -> c.createTable(base().tableName(name).build()));
    }
    for (Integer limit : new Integer[] {null, 1, 2, 3, 8, 100}) {
      String start = null;
      for (int page = 0; page < 10; page++) {
        String exclusiveStart = start;
        var response =
            differential.same(
                c -> c.listTables(r -> r.limit(limit).exclusiveStartTableName(exclusiveStart)),
                r -> List.of(r.tableNames(), String.valueOf(r.lastEvaluatedTableName())));
        start = response.lastEvaluatedTableName();
        if (start == null) {
          break;
        }
      }
    }
    differential.sameOutcome(c -> c.listTables(r -> r.limit(0)));
    differential.sameOutcome(c -> c.listTables(r -> r.limit(101)));
    differential.sameOutcome(c -> c.listTables(r -> r.exclusiveStartTableName("ab")));
    differential.same(c -> c.listTables(r -> r.exclusiveStartTableName("abc")).tableNames(), r -> r);
    for (String name : List.of("bbb", "aaa", "ccc", "ABC", "a_b", "a.b", "a-b", "zzz")) {
      differential.both(c -> c.deleteTable(r -> r.tableName(name)));
    }
  }

  @Test
  void describeTable_whenItemsWritten_reportsItemCountAndSizeLikeDynamoDb() {
    differential.both(c -> c.createTable(base().tableName("sized").build()));
    differential.both(
        c -> {
          c.putItem(r -> r.tableName("sized").item(item("pk", s("a"), "text", s("héllo"))));
          c.putItem(r -> r.tableName("sized").item(item("pk", s("b"), "n", Fixtures.n("12345.678"), "neg", Fixtures.n("-1"))));
          c.putItem(r -> r.tableName("sized").item(item("pk", s("c"), "l", Fixtures.l(s("x"), Fixtures.n("1")), "m", Fixtures.m("k", s("v")))));
          c.putItem(r -> r.tableName("sized").item(item("pk", s("d"), "bool", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromBool(true), "ss", Fixtures.ss("ab", "c"), "b", Fixtures.b(1, 2, 3))));
        });
    differential.same(
        c -> c.describeTable(r -> r.tableName("sized")).table(),
        table -> List.of(table.itemCount(), table.tableSizeBytes()));
  }

  @Test
  void describeTable_whenEngineConfigured_namesRegionAccountAndTableId() {
    TableDescription description =
        differential.engine().createTable(base().tableName("arn").build()).tableDescription();
    assertThat(description.tableArn()).isEqualTo("arn:aws:dynamodb:us-east-1:000000000000:table/arn");
    assertThat(description.tableId()).hasSize(36);
    assertThat(description.tableStatusAsString()).isEqualTo("ACTIVE");
    assertThat(differential.engine().deleteTable(r -> r.tableName("arn")).tableDescription().tableStatusAsString())
        .isEqualTo("DELETING");
  }

  /** The description without what legitimately differs: region in ARNs, ids, times. */
  static Object view(TableDescription table) {
    List<Object> view = new ArrayList<>();
    view.add(table.tableName());
    view.add(table.keySchema());
    view.add(table.attributeDefinitions());
    view.add(table.tableStatus());
    view.add(table.itemCount());
    view.add(table.tableSizeBytes());
    view.add(table.tableArn().replaceFirst("arn:aws:dynamodb:[^:]*:", ""));
    view.add(table.billingModeSummary() == null ? "provisioned" : table.billingModeSummary().billingMode());
    view.add(table.provisionedThroughput().readCapacityUnits() + "/" + table.provisionedThroughput().writeCapacityUnits());
    List<String> indexes = new ArrayList<>();
    table.globalSecondaryIndexes().forEach(g -> indexes.add(String.join(" ", "GSI", g.indexName(),
        g.keySchema().toString(), g.projection().toString(), g.indexStatusAsString(), String.valueOf(g.itemCount()),
        g.indexArn().replaceFirst("arn:aws:dynamodb:[^:]*:", ""))));
    table.localSecondaryIndexes().forEach(l -> indexes.add(String.join(" ", "LSI", l.indexName(),
        l.keySchema().toString(), l.projection().toString(), String.valueOf(l.itemCount()),
        l.indexArn().replaceFirst("arn:aws:dynamodb:[^:]*:", ""))));
    indexes.sort(null);
    view.add(indexes);
    return view;
  }
}
