package io.sable.loopback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * The HTTP endpoint of a DynamoDB emulator listening on {@code 127.0.0.1}, and the SDK clients
 * that talk to it with dummy credentials (emulators check only their shape).
 *
 * <pre>{@code
 * LoopbackEndpoint endpoint = LoopbackEndpoint.of(LoopbackEndpoint.freePort());
 * try (DynamoDbClient client = endpoint.client()) {
 *   client.listTables();
 * }
 * }</pre>
 */
public final class LoopbackEndpoint {

  /** The access key every client signs with. */
  public static final String ACCESS_KEY_ID = "sable";

  /** The secret key every client signs with. */
  public static final String SECRET_ACCESS_KEY = "sable";

  /** The region every client uses. */
  public static final Region REGION = Region.US_EAST_1;

  /** The loopback host every emulator binds: {@code 127.0.0.1}, never a public interface. */
  public static final String HOST = "127.0.0.1";

  private final URI uri;

  private LoopbackEndpoint(URI uri) {
    this.uri = uri;
  }

  /**
   * The endpoint {@code http://127.0.0.1:port}.
   *
   * @param port a TCP port, 1 to 65535
   * @throws IllegalArgumentException if {@code port} is out of range
   */
  public static LoopbackEndpoint of(int port) {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be 1 to 65535: " + port);
    }
    return new LoopbackEndpoint(URI.create("http://" + HOST + ":" + port));
  }

  /**
   * A TCP port that was free on {@code 127.0.0.1} a moment ago, chosen by the kernel. Another
   * process may take it before the caller binds it, so a caller that starts a server on it retries
   * with a new port when the bind fails.
   *
   * @throws UncheckedIOException if no loopback socket can be bound
   */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port", e);
    }
  }

  /** The HTTP endpoint, such as {@code http://127.0.0.1:41234}, for any AWS SDK or the AWS CLI. */
  public URI uri() {
    return uri;
  }

  /** The loopback address and port. */
  public InetSocketAddress address() {
    return new InetSocketAddress(uri.getHost(), uri.getPort());
  }

  /**
   * A new synchronous client with static credentials, {@link #REGION}, and an Apache HTTP client
   * with a 5-second connection timeout. The caller closes it.
   */
  public DynamoDbClient client() {
    return configured(DynamoDbClient.builder());
  }

  /** A new DynamoDB Streams client, configured as {@link #client()}. The caller closes it. */
  public DynamoDbStreamsClient streamsClient() {
    return configured(DynamoDbStreamsClient.builder());
  }

  private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C configured(B builder) {
    return builder
        .endpointOverride(uri)
        .region(REGION)
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_ACCESS_KEY)))
        .httpClientBuilder(ApacheHttpClient.builder().connectionTimeout(Duration.ofSeconds(5)))
        .build();
  }

  @Override
  public String toString() {
    return uri.toString();
  }
}
