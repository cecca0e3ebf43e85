package io.sable.engine.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * SigV4's canonicalisation held to the AWS SDK's own signer ({@code AwsV4HttpSigner} of {@code
 * software.amazon.awssdk:http-auth-aws}) as the oracle: every request the SDK signs verifies, and
 * the same request with one signed part changed does not. The SDK signer is the oracle, not the
 * verifier, because it always signs an {@code x-amz-content-sha256} header that the AWS CLI does not
 * send (see {@link SigV4}).
 */
class SigV4Test {
  private static final Instant NOW = Instant.parse("2024-01-01T00:25:00Z");
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  private static final SigV4 VERIFYING =
      SigV4.verifying(Map.of("AKIDEXAMPLE", SECRET), Clock.fixed(NOW, ZoneOffset.UTC));

  /** Requests of the shapes SigV4 canonicalises: paths, queries, header values, bodies. */
  static Stream<Arguments> requests() {
    return Stream.of(
        Arguments.of("/", Map.of(), List.of(), "{}"),
        Arguments.of("/", Map.of(), List.of(), ""),
        Arguments.of("/", Map.of(), List.of("X-Amz-Meta-Spaced", "  a   b  c "), "{\"TableName\":\"t\"}"),
        Arguments.of("/", Map.of(), List.of("X-Amz-Meta-Twice", "first", "X-Amz-Meta-Twice", "second"), "{}"),
        Arguments.of("/", Map.of("b", "2", "a", "1 + 1", "empty", ""), List.of(), "{}"),
        Arguments.of("/tables/caf%C3%A9/a%20b", Map.of(), List.of(), "{}"),
        Arguments.of("/", Map.of(), List.of(), "{\"Item\":{\"pk\":{\"S\":\"\u00e9\u6f22\u5b57 \ud83d\ude00\"}}}"));
  }

  @ParameterizedTest
  @MethodSource("requests")
  void check_whenSignedByTheAwsSdkSigner_accepts(
      String path, Map<String, String> query, List<String> headers, String body) {
    SdkHttpRequest signed = sdkSigned(path, query, headers, body);

    assertThatCode(() -> VERIFYING.check(view(signed, body))).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @MethodSource("requests")
  void check_whenBodyChangedAfterSigning_failsWithInvalidSignatureException(
      String path, Map<String, String> query, List<String> headers, String body) {
    SdkHttpRequest signed = sdkSigned(path, query, headers, body);

    WireException e = catchThrowableOfType(WireException.class, () -> VERIFYING.check(view(signed, body + " ")));

    assertThat(e.error().code()).isEqualTo("InvalidSignatureException");
    assertThat(e.error().message())
        .startsWith("The request signature we calculated does not match the signature you provided.");
  }

  @ParameterizedTest
  @MethodSource("requests")
  void check_whenASignedHeaderChangedAfterSigning_failsWithInvalidSignatureException(
      String path, Map<String, String> query, List<String> headers, String body) {
    SdkHttpRequest signed = sdkSigned(path, query, headers, body).toBuilder()
        .putHeader("X-Amz-Target", "DynamoDB_20120810.DeleteTable")
        .build();

    WireException e = catchThrowableOfType(WireException.class, () -> VERIFYING.check(view(signed, body)));

    assertThat(e.error().code()).isEqualTo("InvalidSignatureException");
  }

  private static SdkHttpRequest sdkSigned(
      String path, Map<String, String> query, List<String> headers, String body) {
    SdkHttpFullRequest.Builder request = SdkHttpFullRequest.builder()
        .method(SdkHttpMethod.POST)
        .protocol("http").host("127.0.0.1").port(8000)
        .encodedPath(path)
        .putHeader("Content-Type", "application/x-amz-json-1.0")
        .putHeader("X-Amz-Target", "DynamoDB_20120810.ListTables");
    query.forEach(request::putRawQueryParameter);
    for (int i = 0; i < headers.size(); i += 2) {
      request.appendHeader(headers.get(i), headers.get(i + 1));
    }
    return AwsV4HttpSigner.create().sign(sign -> sign
        .identity(AwsCredentialsIdentity.create("AKIDEXAMPLE", SECRET))
        .request(request.build())
        .payload(ContentStreamProvider.fromUtf8String(body))
        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "dynamodb")
        .putProperty(AwsV4HttpSigner.REGION_NAME, "eu-west-1")
        .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(NOW.minusSeconds(30), ZoneOffset.UTC)))
        .request();
  }

  /** The request as the server receives it: the target as sent on the wire, the headers, the body. */
  private static SigV4.Request view(SdkHttpRequest signed, String body) {
    URI uri = signed.getUri();
    String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return new SigV4.Request() {
      @Override
      public String method() {
        return signed.method().name();
      }

      @Override
      public String uri() {
        return target;
      }

      @Override
      public List<String> headers(String name) {
        List<String> values = new ArrayList<>();
        signed.forEachHeader((header, list) -> {
          if (header.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
            values.addAll(list);
          }
        });
        return values;
      }

      @Override
      public byte[] body() {
        return bytes;
      }
    };
  }
}
