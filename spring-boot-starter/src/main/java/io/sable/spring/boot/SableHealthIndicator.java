package io.sable.spring.boot;

import java.util.List;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/**
 * Health of Sable's tables ({@code /actuator/health/sable}): DescribeTable for each registered
 * table; UP when every one is {@code ACTIVE}, DOWN when one is missing, not active, or the endpoint
 * fails. Details give each table's status and approximate item count (DynamoDB updates {@code
 * ItemCount} about every six hours). With no registered tables it checks that ListTables answers.
 */
public final class SableHealthIndicator extends AbstractHealthIndicator {

  private final DynamoDbClient dynamoDb;
  private final List<String> tableNames;

  /**
   * @param dynamoDb the client
   * @param tableNames the physical names of the tables to check
   */
  public SableHealthIndicator(DynamoDbClient dynamoDb, List<String> tableNames) {
    super("Sable's DynamoDB tables are not reachable");
    this.dynamoDb = dynamoDb;
    this.tableNames = List.copyOf(tableNames);
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    if (tableNames.isEmpty()) {
      dynamoDb.listTables(b -> b.limit(1));
      builder.up();
      return;
    }
    boolean allActive = true;
    for (String name : tableNames) {
      TableDescription table = dynamoDb.describeTable(b -> b.tableName(name)).table();
      allActive &= table.tableStatus() == TableStatus.ACTIVE;
      builder.withDetail(name, table.tableStatusAsString() + ", ~" + table.itemCount() + " items");
    }
    if (allActive) {
      builder.up();
    } else {
      builder.down();
    }
  }
}
