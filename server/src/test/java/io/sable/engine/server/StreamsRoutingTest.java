package io.sable.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.SableEngine;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ListStreamsRequest;
import software.amazon.awssdk.services.dynamodb.model.ListStreamsResponse;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The plug-in point for DynamoDB Streams: {@code DynamoDBStreams_20120810.*} targets go to the
 * streams client given to the server, through the same codec. The engine has no streams yet; this
 * client of the SDK interface only answers ListStreams with no streams, to show the routing.
 */
class StreamsRoutingTest {
  @Test
  void post_whenStreamsClientGiven_routesStreamsTargetsToIt() {
    DynamoDbStreamsClient noStreams = new DynamoDbStreamsClient() {
      @Override
      public ListStreamsResponse listStreams(ListStreamsRequest request) {
        return ListStreamsResponse.builder().streams(java.util.List.of()).build();
      }

      @Override
      public String serviceName() {
        return SERVICE_NAME;
      }

      @Override
      public void close() {}
    };
    try (SableEngine engine = SableEngine.create();
        SableServer server = SableServer.builder(engine.dynamoDbClient()).streams(noStreams).start()) {
      HttpResponse<String> listed = Wire.post(server.endpoint(), "DynamoDBStreams_20120810.ListStreams", "{}");
      HttpResponse<String> described =
          Wire.post(server.endpoint(), "DynamoDBStreams_20120810.DescribeStream", "{\"StreamArn\":\"x\"}");

      assertThat(listed.statusCode()).isEqualTo(200);
      assertThat(listed.body()).isEqualTo("{\"Streams\":[]}");
      assertThat(described.body()).contains("UnknownOperationException");
    }
  }
}
