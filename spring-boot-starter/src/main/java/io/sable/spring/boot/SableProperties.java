package io.sable.spring.boot;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sable's settings, under {@code sable.}:
 *
 * <pre>
 * sable.engine.enabled=true            # the in-process engine instead of DynamoDB (local development)
 * sable.endpoint=http://127.0.0.1:8000 # or any DynamoDB endpoint (DynamoDB Local, bin/serve)
 * sable.region=eu-west-1               # else the SDK's default region chain
 * sable.tables=com.example.ShopTable   # generated table classes to register, with their repositories
 * sable.table-prefix=dev-              # physical name = prefix + the name in @Table
 * sable.create-tables=true             # CreateTable on start-up for tables that do not exist
 * sable.metrics.enabled=false          # no Micrometer metrics (on by default when Micrometer is there)
 * </pre>
 */
@ConfigurationProperties("sable")
public class SableProperties {

  private final Engine engine = new Engine();
  private final Metrics metrics = new Metrics();
  private URI endpoint;
  private String region;
  private List<String> tables = new ArrayList<>();
  private String tablePrefix = "";
  private boolean createTables;

  /** The in-process engine's settings. */
  public Engine getEngine() {
    return engine;
  }

  /** The metrics' settings. */
  public Metrics getMetrics() {
    return metrics;
  }

  /** The DynamoDB endpoint to use instead of the region's, or null. */
  public URI getEndpoint() {
    return endpoint;
  }

  /** Sets the endpoint. */
  public void setEndpoint(URI endpoint) {
    this.endpoint = endpoint;
  }

  /** The region, or null for the SDK's default region provider chain. */
  public String getRegion() {
    return region;
  }

  /** Sets the region. */
  public void setRegion(String region) {
    this.region = region;
  }

  /** The fully qualified names of the generated table classes to register as beans. */
  public List<String> getTables() {
    return tables;
  }

  /** Sets the table classes. */
  public void setTables(List<String> tables) {
    this.tables = tables;
  }

  /** What precedes each table's declared name to make its physical name; empty by default. */
  public String getTablePrefix() {
    return tablePrefix;
  }

  /** Sets the table prefix. */
  public void setTablePrefix(String tablePrefix) {
    this.tablePrefix = tablePrefix == null ? "" : tablePrefix;
  }

  /** Whether to create the registered tables that do not exist when the application starts; false by default. */
  public boolean isCreateTables() {
    return createTables;
  }

  /** Sets whether to create tables. */
  public void setCreateTables(boolean createTables) {
    this.createTables = createTables;
  }

  /** {@code sable.engine.*}. */
  public static class Engine {
    private boolean enabled;

    /** Whether the {@code DynamoDbClient} is Sable's in-process engine (needs {@code sable-storage-engine}). */
    public boolean isEnabled() {
      return enabled;
    }

    /** Sets whether the engine is used. */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /** {@code sable.metrics.*}. */
  public static class Metrics {
    private boolean enabled = true;

    /**
     * Whether every {@code DynamoDbClient} bean is metered: requests timed and their consumed
     * capacity recorded (each request asks for {@code ReturnConsumedCapacity = TOTAL}, which
     * DynamoDB returns at no charge). True by default when Micrometer is on the classpath.
     */
    public boolean isEnabled() {
      return enabled;
    }

    /** Sets whether metrics are on. */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }
}
