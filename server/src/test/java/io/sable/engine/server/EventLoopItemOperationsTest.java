package io.sable.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.SableEngine;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An in-memory engine's item operations run on the connection's event loop, the others on the
 * workers ({@link SableServer.Builder#itemOperationsOnEventLoop}): a client that pipelines both
 * kinds on one connection still gets every answer, in the order it asked, each computed after the
 * requests before it.
 */
class EventLoopItemOperationsTest {
  private final SableEngine engine = SableEngine.create();
  private SableServer server;

  @AfterEach
  void stop() {
    server.close();
    engine.close();
  }

  @Test
  void serve_whenItemAndTableOperationsArePipelined_answersEachInOrder() throws IOException {
    server = SableServer.start(engine);
    URI endpoint = server.endpoint();
    StringBuilder pipelined = new StringBuilder();
    pipelined.append(Wire.request("DynamoDB_20120810.CreateTable", "{\"TableName\":\"orders\","
        + "\"BillingMode\":\"PAY_PER_REQUEST\","
        + "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"}],"
        + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}]}"));
    for (int i = 0; i < 20; i++) {
      pipelined.append(Wire.request("DynamoDB_20120810.PutItem",
          "{\"TableName\":\"orders\",\"Item\":{\"pk\":{\"S\":\"o-" + i + "\"}}}"));
      pipelined.append(Wire.request("DynamoDB_20120810.GetItem",
          "{\"TableName\":\"orders\",\"Key\":{\"pk\":{\"S\":\"o-" + i + "\"}}}"));
      if (i % 5 == 4) {
        pipelined.append(Wire.request("DynamoDB_20120810.ListTables", "{}"));
      }
    }
    String last = Wire.request("DynamoDB_20120810.DescribeTable", "{\"TableName\":\"orders\"}")
        .replace("Host: localhost\r\n", "Host: localhost\r\nConnection: close\r\n");
    pipelined.append(last);

    String answers;
    try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
      Wire.write(socket, pipelined.toString());
      answers = Wire.readUntilClosed(socket, Duration.ofSeconds(30));
    }

    Matcher statuses = Pattern.compile("HTTP/1\\.1 (\\d{3})").matcher(answers);
    int answered = 0;
    while (statuses.find()) {
      assertThat(statuses.group(1)).as("status of answer %d", answered).isEqualTo("200");
      answered++;
    }
    assertThat(answered).isEqualTo(1 + 20 * 2 + 4 + 1);
    int at = answers.indexOf("\"TableDescription\"");
    assertThat(at).as("CreateTable answered first").isGreaterThanOrEqualTo(0);
    for (int i = 0; i < 20; i++) {
      int item = answers.indexOf("{\"Item\":{\"pk\":{\"S\":\"o-" + i + "\"}}}", at);
      assertThat(item).as("GetItem of o-%d answered after the answers before it, with the item put", i)
          .isGreaterThan(at);
      at = item;
      if (i % 5 == 4) {
        int tables = answers.indexOf("{\"TableNames\":[\"orders\"]}", at);
        assertThat(tables).as("ListTables after GetItem of o-%d", i).isGreaterThan(at);
        at = tables;
      }
    }
    assertThat(answers.indexOf("\"Table\":{", at)).as("DescribeTable answered last").isGreaterThan(at);
  }
}
