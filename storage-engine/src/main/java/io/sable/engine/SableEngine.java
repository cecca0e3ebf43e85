package io.sable.engine;

import io.sable.engine.api.EngineDynamoDbClient;
import io.sable.engine.table.Tables;
import io.sable.engine.transaction.ClientRequestTokens;
import io.sable.engine.transaction.TransactionHook;
import io.sable.engine.transaction.Transactions;
import java.time.Clock;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * An in-process, partitioned engine that behaves like Amazon DynamoDB, down to its exception types
 * and messages, behind the AWS SDK's own {@link DynamoDbClient} interface.
 *
 * <pre>{@code
 * try (SableEngine engine = SableEngine.create()) {
 *   DynamoDbClient dynamoDb = engine.dynamoDbClient();
 *   dynamoDb.createTable(b -> b.tableName("orders")
 *       .billingMode(BillingMode.PAY_PER_REQUEST)
 *       .keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build())
 *       .attributeDefinitions(AttributeDefinition.builder()
 *           .attributeName("pk").attributeType(ScalarAttributeType.S).build()));
 *   dynamoDb.putItem(b -> b.tableName("orders").item(Map.of("pk", AttributeValue.fromS("o-1"))));
 * }
 * }</pre>
 *
 * <p>All clients of one engine see the same tables. Data lives in memory and is gone after
 * {@link #close()}. Creating an engine allocates nothing but its table catalog.
 */
public final class SableEngine implements AutoCloseable {
  /** The default number of partitions (write locks) per table. */
  public static final int DEFAULT_PARTITIONS = 16;
  /** The default region, named in table ARNs. */
  public static final String DEFAULT_REGION = "us-east-1";
  /** The default account id, named in table ARNs. */
  public static final String DEFAULT_ACCOUNT_ID = "000000000000";
  /** The default number of succeeded {@code ClientRequestToken}s remembered at once. */
  public static final int DEFAULT_CLIENT_REQUEST_TOKENS = 100_000;

  private final Tables tables = new Tables();
  private final EngineDynamoDbClient client;
  private final int partitions;
  private final String region;
  private final String accountId;

  private SableEngine(Builder builder) {
    this.partitions = builder.partitions;
    this.region = builder.region;
    this.accountId = builder.accountId;
    this.client =
        new EngineDynamoDbClient(
            tables,
            partitions,
            region,
            accountId,
            builder.clock,
            new Transactions(builder.transactionHook),
            new ClientRequestTokens(builder.clock, builder.clientRequestTokens));
  }

  /** An engine with the default options. */
  public static SableEngine create() {
    return builder().build();
  }

  /** A builder for an engine with chosen options. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The engine's {@link DynamoDbClient}: thread-safe, shared by every caller; its {@code close()}
   * does nothing. Supports the table, item, Query, Scan, batch and transaction operations (see
   * {@link EngineDynamoDbClient}); other operations throw {@link UnsupportedOperationException}.
   */
  public DynamoDbClient dynamoDbClient() {
    return client;
  }

  /** How many partitions each table has. */
  public int partitions() {
    return partitions;
  }

  /** The region named in ARNs. */
  public String region() {
    return region;
  }

  /** The account id named in ARNs. */
  public String accountId() {
    return accountId;
  }

  /** Drops every table and its data. */
  @Override
  public void close() {
    tables.clear();
  }

  /** Options for a {@link SableEngine}. */
  public static final class Builder {
    private int partitions = DEFAULT_PARTITIONS;
    private String region = DEFAULT_REGION;
    private String accountId = DEFAULT_ACCOUNT_ID;
    private Clock clock = Clock.systemUTC();
    private TransactionHook transactionHook = TransactionHook.NONE;
    private int clientRequestTokens = DEFAULT_CLIENT_REQUEST_TOKENS;

    private Builder() {}

    /**
     * How many partitions (independently locked slices of the hash space) each table has; more
     * partitions let more writers run in parallel. Default {@value SableEngine#DEFAULT_PARTITIONS}.
     *
     * @throws IllegalArgumentException if not between 1 and 65536
     */
    public Builder partitions(int partitions) {
      if (partitions < 1 || partitions > 65536) {
        throw new IllegalArgumentException("partitions must be 1 to 65536: " + partitions);
      }
      this.partitions = partitions;
      return this;
    }

    /** The region named in ARNs. Default {@value SableEngine#DEFAULT_REGION}. */
    public Builder region(String region) {
      this.region = Objects.requireNonNull(region, "region");
      return this;
    }

    /** The 12-digit account id named in ARNs. Default {@value SableEngine#DEFAULT_ACCOUNT_ID}. */
    public Builder accountId(String accountId) {
      this.accountId = Objects.requireNonNull(accountId, "accountId");
      return this;
    }

    /**
     * The clock for table creation times and for the 10-minute window of {@code
     * ClientRequestToken}s. Default the system UTC clock.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * A test facility: a hook every transaction calls while it holds its items, to reproduce a
     * transaction in flight without sleeping (see {@link TransactionHook}). Default none.
     */
    public Builder transactionHook(TransactionHook transactionHook) {
      this.transactionHook = Objects.requireNonNull(transactionHook, "transactionHook");
      return this;
    }

    /**
     * How many succeeded {@code ClientRequestToken}s of {@code TransactWriteItems} the engine
     * remembers at once for idempotency; past that, the oldest are forgotten before their 10
     * minutes end (DynamoDB has no such bound, but an engine serving many clients over HTTP, whose
     * SDKs give every request a token, needs one). Default {@value
     * SableEngine#DEFAULT_CLIENT_REQUEST_TOKENS}.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder clientRequestTokens(int clientRequestTokens) {
      if (clientRequestTokens < 1) {
        throw new IllegalArgumentException(
            "clientRequestTokens must be positive: " + clientRequestTokens);
      }
      this.clientRequestTokens = clientRequestTokens;
      return this;
    }

    /** The engine. */
    public SableEngine build() {
      return new SableEngine(this);
    }
  }
}
