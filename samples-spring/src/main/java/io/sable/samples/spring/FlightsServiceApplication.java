package io.sable.samples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The flights service: the flights model behind a small REST API ({@link FlightsController}), on
 * Sable's Spring Boot starter. By default it runs on the in-process engine and loads the sample data
 * (3,376 airports, 20,000 flights) at start-up; see {@code application.properties}.
 *
 * <pre>
 * bin/flights-service                  # http://localhost:8080/airports/ORD/delayed?minDelay=180
 * bin/flights-service --sable.engine.enabled=false --sable.endpoint=http://127.0.0.1:8000
 * </pre>
 */
@SpringBootApplication
public class FlightsServiceApplication {

  /** Starts the service. */
  public static void main(String[] args) {
    SpringApplication.run(FlightsServiceApplication.class, args);
  }
}
