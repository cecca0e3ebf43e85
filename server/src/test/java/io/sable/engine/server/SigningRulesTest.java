package io.sable.engine.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.ManualClock;
import io.sable.engine.SableEngine;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * SigV4's rules with {@code --credentials}, as DynamoDB applies them, on the engine's clock (a
 * {@link ManualClock}, so the 15-minute window can be crossed without waiting): requests signed by
 * the AWS SDK's own {@code AwsV4HttpSigner} at a chosen time and scope, sent as raw HTTP.
 */
class SigningRulesTest {
  private static final String KEY = "AKIDEXAMPLE";
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  private static final String LIST_TABLES = "DynamoDB_20120810.ListTables";
  private static final Instant NOW = Instant.parse("2024-01-01T00:25:00Z");

  private final ManualClock clock = new ManualClock(NOW);
  private final SableEngine engine = SableEngine.builder().clock(clock).build();
  private final SableServer server = SableServer.builder(engine).credentials(KEY, SECRET).start();

  @AfterEach
  void stop() {
    server.close();
    engine.close();
  }

  /**
   * The window is 15 minutes each way, inclusive, on the engine's clock; the message is DynamoDB's,
   * as captured in aws/aws-sdk-js issue 254: "Signature expired: 20140325T143453Z is now earlier
   * than 20140325T143751Z (20140325T145251Z - 15 min.)".
   */
  @Test
  void post_whenSignedMoreThan15MinutesBeforeTheEngineClock_failsWithSignatureExpired() {
    HttpResponse<String> response = send(signed(Instant.parse("2024-01-01T00:00:00Z"), "dynamodb"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"__type\":\"com.amazon.coral.service#InvalidSignatureException\","
        + "\"message\":\"Signature expired: 20240101T000000Z is now earlier than 20240101T001000Z"
        + " (20240101T002500Z - 15 min.)\"}");
  }

  /**
   * The later side: "Signature not yet current: 20181017T093750Z is still later than
   * 20181017T093639Z (20181017T093139Z + 5 min.)" is AWS's form (captured in s12v/awsbeats issue 48;
   * Kinesis, whose window is 5 minutes), and scylladb's test_signature_too_futuristic, run against
   * DynamoDB, expects InvalidSignatureException with "Signature not yet current".
   */
  @Test
  void post_whenSignedMoreThan15MinutesAfterTheEngineClock_failsWithSignatureNotYetCurrent() {
    HttpResponse<String> response = send(signed(Instant.parse("2024-01-01T00:40:01Z"), "dynamodb"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"__type\":\"com.amazon.coral.service#InvalidSignatureException\","
        + "\"message\":\"Signature not yet current: 20240101T004001Z is still later than 20240101T004000Z"
        + " (20240101T002500Z + 15 min.)\"}");
  }

  @Test
  void post_whenTheEngineClockMovesPastTheWindow_refusesTheSameSignedRequest() {
    HttpRequest request = signed(NOW.minus(Duration.ofMinutes(15)), "dynamodb");
    HttpResponse<String> inside = send(request);
    clock.advance(Duration.ofSeconds(1));
    HttpResponse<String> outside = send(request);

    assertThat(inside.statusCode()).as(inside.body()).isEqualTo(200);
    assertThat(outside.statusCode()).isEqualTo(400);
    assertThat(outside.body()).contains("Signature expired: 20240101T001000Z is now earlier than 20240101T001001Z");
    assertThat(send(signed(NOW.plus(Duration.ofMinutes(15)), "dynamodb")).statusCode()).isEqualTo(200);
  }

  /**
   * The scope's service must be {@code dynamodb}: "Credential should be scoped to correct service:
   * 'dynamodb'. ", measured against DynamoDB in ExtendDB/extenddb's tests/test_auth_error_fidelity.py
   * (test_scope_wrong_in_region_and_service_reports_both).
   */
  @Test
  void post_whenScopedToAnotherService_failsWithInvalidSignatureException() {
    HttpResponse<String> response = send(signed(NOW, "s3"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"__type\":\"com.amazon.coral.service#InvalidSignatureException\","
        + "\"message\":\"Credential should be scoped to correct service: 'dynamodb'. \"}");
  }

  /** Dynalite's index.js records DynamoDB's words for every wrong part of a five-part scope, in one message. */
  @Test
  void post_whenScopeTerminatorAndDateAreWrong_namesBothInOneMessage() {
    HttpResponse<String> response = send(raw("20240101T002500Z",
        "AWS4-HMAC-SHA256 Credential=" + KEY + "/20231231/us-east-1/dynamodb/aws5_request,"
            + " SignedHeaders=host;x-amz-date, Signature=" + "0f".repeat(32)));

    assertThat(response.body()).contains("InvalidSignatureException").contains(
        "\"Credential should be scoped with a valid terminator: 'aws4_request', not 'aws5_request'. "
            + "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP:"
            + " '20231231' != '20240101', from '20240101T002500Z'. \"");
  }

  /** A scope of other than five parts: DynamoDB's IncompleteSignatureException, recorded in dynalite's index.js. */
  @Test
  void post_whenScopeHasFourParts_failsWithIncompleteSignatureException() {
    HttpResponse<String> response = send(raw("20240101T002500Z",
        "AWS4-HMAC-SHA256 Credential=" + KEY + "/20240101/us-east-1/dynamodb,"
            + " SignedHeaders=host;x-amz-date, Signature=" + "0f".repeat(32)));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"__type\":\"com.amazon.coral.service#IncompleteSignatureException\","
        + "\"message\":\"Credential must have exactly 5 slash-delimited elements, e.g."
        + " keyid/date/region/service/term, got '" + KEY + "/20240101/us-east-1/dynamodb'\"}");
  }

  /** DynamoDB's words for a date not in basic format and an unsigned Host, as dynalite's index.js records them. */
  @Test
  void post_whenDateMalformedOrHostUnsigned_failsAsDynamoDb() {
    HttpResponse<String> badDate = send(raw("2024-01-01T00:25:00Z",
        "AWS4-HMAC-SHA256 Credential=" + KEY + "/20240101/us-east-1/dynamodb/aws4_request,"
            + " SignedHeaders=host;x-amz-date, Signature=" + "0f".repeat(32)));
    HttpResponse<String> unsignedHost = send(raw("20240101T002500Z",
        "AWS4-HMAC-SHA256 Credential=" + KEY + "/20240101/us-east-1/dynamodb/aws4_request,"
            + " SignedHeaders=x-amz-date, Signature=" + "0f".repeat(32)));

    assertThat(badDate.body()).isEqualTo("{\"__type\":\"com.amazon.coral.service#IncompleteSignatureException\","
        + "\"message\":\"Date must be in ISO-8601 'basic format'. Got '2024-01-01T00:25:00Z'."
        + " See http://en.wikipedia.org/wiki/ISO_8601\"}");
    assertThat(unsignedHost.body()).isEqualTo("{\"__type\":\"com.amazon.coral.service#InvalidSignatureException\","
        + "\"message\":\"'Host' must be a 'SignedHeader' in the AWS Authorization.\"}");
  }

  @Test
  void post_whenServerHasNoCredentials_acceptsAnyDateAndScope() {
    try (SableServer lenient = SableServer.start(engine)) {
      HttpResponse<String> response = Wire.send(signed(lenient.endpoint(), Instant.parse("2020-01-01T00:00:00Z"), "s3"));

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
  }

  private HttpResponse<String> send(HttpRequest request) {
    return Wire.send(request);
  }

  private HttpRequest signed(Instant at, String service) {
    return signed(server.endpoint(), at, service);
  }

  /** A ListTables request signed by the AWS SDK's signer at {@code at}, for {@code service}. */
  private static HttpRequest signed(URI endpoint, Instant at, String service) {
    SdkHttpRequest request = SdkHttpFullRequest.builder()
        .method(SdkHttpMethod.POST)
        .uri(endpoint)
        .encodedPath("/")
        .putHeader("Content-Type", "application/x-amz-json-1.0")
        .putHeader("X-Amz-Target", LIST_TABLES)
        .build();
    SdkHttpRequest signed = AwsV4HttpSigner.create().sign(sign -> sign
        .identity(AwsCredentialsIdentity.create(KEY, SECRET))
        .request(request)
        .payload(ContentStreamProvider.fromUtf8String("{}"))
        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
        .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
        .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(at, ZoneOffset.UTC)))
        .request();
    HttpRequest.Builder http = HttpRequest.newBuilder(endpoint)
        .timeout(Duration.ofSeconds(10))
        .POST(HttpRequest.BodyPublishers.ofString("{}"));
    signed.forEachHeader((name, values) -> {
      if (!name.equalsIgnoreCase("host")) {
        values.forEach(value -> http.header(name, value));
      }
    });
    return http.build();
  }

  private HttpRequest raw(String date, String authorization) {
    return Wire.unsigned(server.endpoint(), "{}")
        .header("X-Amz-Target", LIST_TABLES)
        .header("X-Amz-Date", date)
        .header("Authorization", authorization)
        .build();
  }
}
