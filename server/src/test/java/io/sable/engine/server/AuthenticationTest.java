package io.sable.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sable.engine.SableEngine;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** SigV4 with known credentials, signed by the AWS SDK itself. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthenticationTest {
  private SableEngine engine;
  private SableServer verifying;
  private SableServer lenient;

  @BeforeAll
  void start() {
    engine = SableEngine.create();
    verifying = SableServer.builder(engine.dynamoDbClient())
        .credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
        .credentials("second", "secret")
        .start();
    lenient = SableServer.start(engine);
  }

  @AfterAll
  void stop() {
    verifying.close();
    lenient.close();
    engine.close();
  }

  private static DynamoDbClient client(URI endpoint, String accessKeyId, String secret) {
    return DynamoDbClient.builder()
        .endpointOverride(endpoint)
        .region(Region.EU_WEST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secret)))
        .build();
  }

  @Test
  void listTables_whenSignedWithAKnownKey_succeeds() {
    try (DynamoDbClient first = client(verifying.endpoint(), "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        DynamoDbClient second = client(verifying.endpoint(), "second", "secret")) {
      assertThat(first.listTables().tableNames()).isEmpty();
      assertThat(second.listTables(b -> b.limit(5)).tableNames()).isEmpty();
    }
  }

  @Test
  void listTables_whenKeyUnknown_failsWithUnrecognizedClientException() {
    try (DynamoDbClient client = client(verifying.endpoint(), "stranger", "secret")) {
      DynamoDbException e = catchThrowableOfType(DynamoDbException.class, client::listTables);

      assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
      assertThat(e.statusCode()).isEqualTo(400);
      assertThat(e.awsErrorDetails().errorMessage())
          .isEqualTo("The security token included in the request is invalid.");
    }
  }

  @Test
  void listTables_whenSecretWrong_failsWithInvalidSignatureException() {
    try (DynamoDbClient client = client(verifying.endpoint(), "second", "not the secret")) {
      DynamoDbException e = catchThrowableOfType(DynamoDbException.class, client::listTables);

      assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
      assertThat(e.awsErrorDetails().errorMessage())
          .startsWith("The request signature we calculated does not match the signature you provided.");
    }
  }

  @Test
  void listTables_whenServerHasNoCredentials_acceptsAnyWellFormedSignature() {
    try (DynamoDbClient client = client(lenient.endpoint(), "anyone", "anything")) {
      assertThat(client.listTables().tableNames()).isEmpty();
    }
    assertThat(lenient.verifiesSignatures()).isFalse();
    assertThat(verifying.verifiesSignatures()).isTrue();
  }
}
