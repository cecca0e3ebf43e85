package io.sable.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.SableEngine;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The API model's constraints are checked over HTTP as in process, before the table is looked up
 * (issue 15, item 2): the body is DynamoDB's JSON 1.0 error with the service framework's message.
 * Sources: architect/dynalite test/getItem.js and test/putItem.js (constraint violations on a
 * table that does not exist are ValidationException, not ResourceNotFoundException), and
 * Netflix-Skunkworks/iep-apps pull request 527 (GetItem without Key, captured from DynamoDB:
 * "1 validation error detected: Value null at 'key' failed to satisfy constraint: Member must not
 * be null").
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidationOverHttpTest {
  private static final String VALIDATION =
      "{\"__type\":\"com.amazon.coral.validate#ValidationException\",\"message\":\"";

  private SableEngine engine;
  private SableServer server;
  private URI endpoint;

  @BeforeAll
  void start() {
    engine = SableEngine.create();
    server = SableServer.start(engine);
    endpoint = server.endpoint();
  }

  @AfterAll
  void stop() {
    server.close();
    engine.close();
  }

  @Test
  void post_whenGetItemLacksKeyOnMissingTable_answersTheConstraintViolation() {
    HttpResponse<String> response =
        Wire.post(endpoint, "DynamoDB_20120810.GetItem", "{\"TableName\":\"missing\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo(VALIDATION + "1 validation error detected: Value null at"
        + " 'key' failed to satisfy constraint: Member must not be null\"}");
  }

  @Test
  void post_whenPutItemReturnValuesUnknownOnMissingTable_answersTheEnumViolation() {
    HttpResponse<String> response = Wire.post(endpoint, "DynamoDB_20120810.PutItem",
        "{\"TableName\":\"missing\",\"Item\":{\"pk\":{\"S\":\"a\"}},\"ReturnValues\":\"SOME\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo(VALIDATION + "1 validation error detected: Value 'SOME'"
        + " at 'returnValues' failed to satisfy constraint: Member must satisfy enum value set:"
        + " [ALL_NEW, UPDATED_OLD, ALL_OLD, NONE, UPDATED_NEW]\"}");
  }
}
