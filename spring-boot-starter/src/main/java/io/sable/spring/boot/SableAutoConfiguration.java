package io.sable.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import io.sable.engine.SableEngine;
import io.sable.runtime.observe.ObservedDynamoDbClient;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Sable in a Spring Boot application (see {@link SableProperties} for the settings):
 *
 * <ul>
 *   <li>a {@link DynamoDbClient}, unless the application defines one: DynamoDB by default (the SDK's
 *       default credentials and region, or {@code sable.region} and {@code sable.endpoint}), or Sable's
 *       in-process engine with {@code sable.engine.enabled=true}, for local development;
 *   <li>the generated tables listed in {@code sable.tables} and their repositories, as beans;
 *       tables created on start-up with {@code sable.create-tables=true};
 *   <li>with Spring Boot Actuator, a {@code sable} health indicator;
 *   <li>with Micrometer, metrics of every {@code DynamoDbClient} bean's requests and consumed
 *       capacity per access pattern ({@link ConsumedCapacityMetrics}).
 * </ul>
 */
@AutoConfiguration
@EnableConfigurationProperties(SableProperties.class)
@Import(SableTableRegistrar.class)
public class SableAutoConfiguration {

  /** The client: the engine's when there is an engine bean, else an SDK client of DynamoDB. */
  @Bean
  @ConditionalOnMissingBean
  public DynamoDbClient dynamoDbClient(SableProperties properties, ObjectProvider<SableEngine> engine) {
    SableEngine sableEngine = engine.getIfAvailable();
    if (sableEngine != null) {
      return sableEngine.dynamoDbClient();
    }
    DynamoDbClientBuilder builder = DynamoDbClient.builder().httpClientBuilder(ApacheHttpClient.builder());
    if (properties.getEndpoint() != null) {
      builder.endpointOverride(properties.getEndpoint());
    }
    if (properties.getRegion() != null) {
      builder.region(Region.of(properties.getRegion()));
    }
    return builder.build();
  }

  /** The tables of {@code sable.tables}, opened (and created when asked) on the client. */
  @Bean
  @ConditionalOnMissingBean
  public SableTables sableTables(DynamoDbClient dynamoDb, SableProperties properties, Environment environment) {
    return new SableTables(dynamoDb,
        SableTableRegistrar.tableClasses(environment, SableAutoConfiguration.class.getClassLoader()),
        properties.getTablePrefix(), properties.isCreateTables());
  }

  /** The in-process engine, with {@code sable.engine.enabled=true} and {@code sable-storage-engine} present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(SableEngine.class)
  @ConditionalOnProperty(prefix = "sable.engine", name = "enabled", havingValue = "true")
  static class EngineConfiguration {

    /** A fresh, empty engine; closing it (at shutdown) drops its tables. */
    @Bean
    @ConditionalOnMissingBean
    SableEngine sableEngine() {
      return SableEngine.create();
    }
  }

  /** The {@code sable} health indicator, with Spring Boot Actuator, unless {@code management.health.sable.enabled=false}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HealthIndicator.class)
  @ConditionalOnProperty(prefix = "management.health.sable", name = "enabled", matchIfMissing = true)
  static class HealthConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "sableHealthIndicator")
    SableHealthIndicator sableHealthIndicator(DynamoDbClient dynamoDb, ObjectProvider<SableTables> tables) {
      SableTables registered = tables.getIfAvailable();
      return new SableHealthIndicator(dynamoDb, registered == null ? List.of() : registered.tableNames());
    }
  }

  /** Metering of every {@code DynamoDbClient} bean, with Micrometer on the classpath. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  @ConditionalOnProperty(prefix = "sable.metrics", name = "enabled", havingValue = "true", matchIfMissing = true)
  static class MetricsConfiguration {

    /** Wraps each {@code DynamoDbClient} bean so that it asks for and meters consumed capacity. */
    @Bean
    static BeanPostProcessor sableDynamoDbClientMetering(ObjectProvider<MeterRegistry> registry) {
      Supplier<MeterRegistry> lookup = registry::getIfAvailable;
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
          if (bean instanceof DynamoDbClient client && !Proxy.isProxyClass(client.getClass())) {
            return ObservedDynamoDbClient.wrap(client, ReturnConsumedCapacity.TOTAL, new ConsumedCapacityMetrics(lookup));
          }
          return bean;
        }
      };
    }
  }
}
