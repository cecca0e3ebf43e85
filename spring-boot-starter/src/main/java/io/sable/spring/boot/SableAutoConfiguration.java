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
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.AwsRegionProvider;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
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

  /**
   * The client: the engine's when there is an engine bean, else an SDK client of DynamoDB, in {@code
   * sable.region} or else the region of the SDK's default chain (an {@link AwsRegionProvider} bean
   * replaces that chain).
   *
   * @throws IllegalStateException naming {@code sable.region} when no region is configured anywhere
   */
  @Bean
  @ConditionalOnMissingBean
  public DynamoDbClient dynamoDbClient(SableProperties properties, ObjectProvider<SableEngine> engine,
      ObjectProvider<AwsRegionProvider> regionProvider) {
    SableEngine sableEngine = engine.getIfAvailable();
    if (sableEngine != null) {
      return sableEngine.dynamoDbClient();
    }
    DynamoDbClientBuilder builder = DynamoDbClient.builder().httpClientBuilder(ApacheHttpClient.builder());
    if (properties.getEndpoint() != null) {
      builder.endpointOverride(properties.getEndpoint());
    }
    builder.region(region(properties.getRegion(), regionProvider.getIfAvailable(DefaultAwsRegionProviderChain::new)));
    return builder.build();
  }

  /** {@code sable.region}, else the provider's region, else an error that says where to set one. */
  static Region region(String configured, AwsRegionProvider defaults) {
    if (configured != null && !configured.isBlank()) {
      return Region.of(configured.trim());
    }
    try {
      return defaults.getRegion();
    } catch (SdkClientException e) {
      throw new IllegalStateException("No AWS region for the DynamoDB client: set sable.region (for example"
          + " sable.region=us-east-1; any region for DynamoDB Local or bin/serve), or the environment variable"
          + " AWS_REGION (the AWS SDK for Java does not read AWS_DEFAULT_REGION), or a region in ~/.aws/config; or"
          + " set sable.engine.enabled=true for the in-process engine. The SDK's region chain said: "
          + e.getMessage(), e);
    }
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
