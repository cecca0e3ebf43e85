package io.sable.test;

import static io.sable.test.SableAssertions.assertThatAccessPattern;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.test.shop.Customer;
import io.sable.test.shop.CustomerRepository;
import io.sable.test.shop.OrderRepository;
import io.sable.test.shop.OrderStatus;
import io.sable.test.shop.ShopTable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/** Access-pattern assertions on the shop model, on the engine and (second run) on DynamoDB Local. */
@SableTest(tables = ShopTable.class, fixtures = "shop.json")
class AccessPatternAssertTest {

  OrderRepository orders;
  CustomerRepository customers;
  DynamoDbClient dynamoDb;
  SableTestContext sable;

  @Test
  void ordersByStatus_whenPending_isOneQueryOnGsi1WithItsKeyCondition() {
    assertThatAccessPattern(() -> orders.ordersByStatus(OrderStatus.PENDING).list())
        .sentOneRequest()
        .isQuery()
        .isGetItemOrQuery()
        .neverScanned()
        .usedTable("Shop")
        .usedTable(sable.tableName(ShopTable.class))
        .usedIndex("GSI1")
        .hasKeyCondition("GSI1PK = \"STATUS#PENDING\"")
        .readItems(2)
        .returnedItems(2)
        .result().asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(2);
  }

  @Test
  void ordersOfCustomer_whenBetweenTwoInstants_sendsTheEncodedSortKeyRange() {
    assertThatAccessPattern(() -> orders.ordersOfCustomer("c1")
            .between(Instant.parse("2024-05-01T00:00:00Z"), Instant.parse("2024-05-02T00:00:00Z")).list())
        .isQuery()
        .usedNoIndex()
        .returnedItems(1)
        .keyCondition()
        .startsWith("PK = \"CUSTOMER#c1\" AND SK BETWEEN \"ORDER#2024-05-01T00:00:00Z")
        .contains("\"ORDER#2024-05-02T00:00:00Z");
  }

  @Test
  void customer_whenPresent_isOneGetItemByPrimaryKey() {
    assertThatAccessPattern(() -> customers.customer("c1"))
        .isGetItem()
        .usedNoIndex()
        .hasKeyCondition("PK = \"CUSTOMER#c1\" AND SK = \"PROFILE\"")
        .readItems(1)
        .returnedItems(1);
  }

  @Test
  void customer_whenAbsent_returnsNoItem() {
    assertThatAccessPattern(() -> customers.customer("nobody")).isGetItem().returnedItems(0);
  }

  @Test
  void put_whenRecorded_isAPutItemThatReturnsNothing() {
    assertThatAccessPattern(() -> customers.put(new Customer("c3", "Edsger", "ewd@example.com")))
        .usedOperation("PutItem")
        .usedTable("Shop")
        .returnedItems(0);
  }

  @Test
  void neverScanned_whenThePatternScans_failsListingTheScan() {
    assertThatThrownBy(() -> assertThatAccessPattern(() -> customers.allCustomers().list()).neverScanned())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected the access pattern never to Scan")
        .hasMessageContaining("Scan Shop: read 5, returned 2");
  }

  @Test
  void usedIndex_whenThePatternReadTheTable_failsNamingTheRequest() {
    assertThatThrownBy(() -> assertThatAccessPattern(() -> orders.ordersOfCustomer("c1").list()).usedIndex("GSI1"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected every request of the access pattern to use index GSI1")
        .hasMessageContaining("Query Shop [PK = \"CUSTOMER#c1\" AND begins_with(SK, \"ORDER#\")]");
  }

  @Test
  void readAtMostItems_whenMoreWereRead_failsWithBothCounts() {
    assertThatThrownBy(() -> assertThatAccessPattern(() -> orders.ordersOfCustomer("c1").list()).readAtMostItems(1))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected the access pattern to read at most 1 item(s), but it did read 2");
  }

  @Test
  void sentRequests_whenNothingWasSent_failsSayingSo() {
    assertThatThrownBy(() -> assertThatAccessPattern(() -> List.of()).sentOneRequest())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no requests were sent");
  }

  @Test
  void assertThatAccessPattern_whenTheCodeThrows_failsWithTheCause() {
    assertThatThrownBy(() -> assertThatAccessPattern(() -> dynamoDb.getItem(b -> b.tableName("NoSuchTable")
            .key(Map.of("PK", AttributeValue.fromS("x"))))))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("The access pattern threw")
        .hasMessageContaining("GetItem NoSuchTable [PK = \"x\"] failed: ResourceNotFoundException");
  }

  @Test
  void readAtMostCapacityUnits_whenTheRequestAskedForNone_failsInsteadOfPassing() {
    assertThatThrownBy(() -> assertThatAccessPattern(() -> dynamoDb.getItem(b -> b
            .tableName(sable.tableName(ShopTable.class))
            .key(Map.of("PK", AttributeValue.fromS("CUSTOMER#c1"), "SK", AttributeValue.fromS("PROFILE")))
            .returnConsumedCapacity(ReturnConsumedCapacity.NONE)))
        .readAtMostCapacityUnits(100))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cannot check consumed capacity: the backend reported no ConsumedCapacity for GetItem Shop")
        .hasMessageContaining("it was sent with ReturnConsumedCapacity=NONE");
  }

  @Test
  void recorder_whenTheTestSentRequests_holdsEachOfThemButNoSeeding() {
    customers.customer("c1");
    orders.ordersByStatus(OrderStatus.SHIPPED).list();

    assertThat(sable.recorder().requests()).extracting(RecordedRequest::operation).containsExactly("GetItem", "Query");
  }
}
