package io.sable.samples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.samples.flights.model.FlightRepository;
import io.sable.samples.flights.model.FlightsTable;
import io.sable.spring.boot.SableAutoConfiguration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;

/**
 * The starter's settings as README.md's "Spring Boot" section gives them, copied as they are: the
 * {@code application.properties} block parses to clean values (no comment glued to a value, as in
 * {@code ClassNotFoundException: ...FlightsTable   # generated tables}), its {@code application.yml}
 * form says the same, and the settings start the starter.
 */
class ReadmeSpringSettingsTest {

  private static final Path README = Path.of("..", "README.md");

  @Test
  void propertiesBlock_whenCopied_hasValuesWithoutCommentsOrSpaces() throws IOException {
    Map<String, String> settings = flatten(new PropertiesPropertySourceLoader()
        .load("application.properties", new ByteArrayResource(block("properties").getBytes(StandardCharsets.UTF_8))));

    assertThat(settings).containsEntry("sable.tables", FlightsTable.class.getName())
        .containsKeys("sable.engine.enabled", "sable.endpoint", "sable.region", "sable.create-tables",
            "sable.table-prefix");
    assertThat(settings.values()).allSatisfy(value -> assertThat(value).doesNotContain("#").doesNotContainAnyWhitespaces());
  }

  @Test
  void yamlBlock_saysWhatThePropertiesBlockSays() throws IOException {
    Map<String, String> properties = flatten(new PropertiesPropertySourceLoader()
        .load("application.properties", new ByteArrayResource(block("properties").getBytes(StandardCharsets.UTF_8))));
    Map<String, String> yaml = flatten(new YamlPropertySourceLoader()
        .load("application.yml", new ByteArrayResource(block("yaml").getBytes(StandardCharsets.UTF_8))));

    assertThat(yaml).isEqualTo(properties);
  }

  @Test
  void propertiesBlock_onTheEngine_registersTheTablesRepositories() throws IOException {
    Map<String, String> settings = flatten(new PropertiesPropertySourceLoader()
        .load("application.properties", new ByteArrayResource(block("properties").getBytes(StandardCharsets.UTF_8))));

    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SableAutoConfiguration.class))
        .withPropertyValues(settings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new))
        .withPropertyValues("sable.metrics.enabled=false")
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(FlightsTable.class).hasSingleBean(FlightRepository.class);
          assertThat(context.getBean(FlightRepository.class).departures("SEA").list()).isEmpty();   // dev-Flights exists
        });
  }

  /** The first fenced block of this language in the README's "Spring Boot" section. */
  private static String block(String language) throws IOException {
    List<String> lines = Arrays.asList(Files.readString(README, StandardCharsets.UTF_8).split("\n", -1));
    int section = lines.indexOf("## Spring Boot (sable-spring-boot-starter)");
    assertThat(section).as("the README's Spring Boot section").isNotNegative();
    int open = section;
    while (!lines.get(open).equals("```" + language)) {
      open++;
      assertThat(lines.get(open)).as("a ```%s block in the Spring Boot section", language).doesNotStartWith("## ");
    }
    int close = lines.subList(open + 1, lines.size()).indexOf("```") + open + 1;
    return String.join("\n", lines.subList(open + 1, close)) + "\n";
  }

  private static Map<String, String> flatten(List<PropertySource<?>> sources) {
    Map<String, String> flat = new TreeMap<>();
    for (PropertySource<?> source : sources) {
      EnumerablePropertySource<?> enumerable = (EnumerablePropertySource<?>) source;
      for (String name : enumerable.getPropertyNames()) {
        flat.put(name, String.valueOf(enumerable.getProperty(name)));
      }
    }
    return flat;
  }
}
