package io.sable.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The starter's class path logs without warnings: the Commons Logging API (which the AWS SDK's Apache
 * HTTP client calls) is Spring's spring-jcl, not a commons-logging jar beside it (Spring then warns
 * "Standard Commons Logging discovery in action with spring-jcl"), and SLF4J is version 2, which the
 * bindings of Spring Boot's logging (and this module's test binding) provide for.
 */
class LoggingSetupTest {

  @Test
  void commonsLogging_whenLoaded_isSpringJclAlone() {
    String jar = LogFactory.class.getProtectionDomain().getCodeSource().getLocation().getPath();

    assertThat(jar).contains("spring-jcl");
    assertThat(LoggingSetupTest.class.getClassLoader().getResource("org/apache/commons/logging/impl/LogFactoryImpl.class"))
        .as("commons-logging.jar on the class path").isNull();
  }

  @Test
  void slf4j_whenLoaded_isVersion2WithAProvider() {
    assertThat(ServiceLoader.load(SLF4JServiceProvider.class).findFirst())
        .as("an SLF4J 2 provider; without one SLF4J warns that there is no binding").isPresent();
  }
}
