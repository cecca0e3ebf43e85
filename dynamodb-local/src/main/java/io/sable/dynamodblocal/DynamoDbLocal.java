package io.sable.dynamodblocal;

import io.sable.loopback.LoopbackEndpoint;
import java.net.InetSocketAddress;
import java.net.URI;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;
import software.amazon.dynamodb.services.local.server.LocalDynamoDBRequestHandler;
import software.amazon.dynamodb.services.local.server.LocalDynamoDBServerHandler;
import software.amazon.dynamodb.services.local.shared.access.sqlite.SQLiteLibraryLoader;

/**
 * Amazon DynamoDB Local 3.x, running in memory inside this JVM and served over HTTP on a loopback
 * port: the reference that Sable's engine is compared against in differential tests and
 * benchmarks.
 *
 * <p>DynamoDB Local's own launcher ({@code ServerRunner}) binds every network interface; this class
 * puts the same request handler behind a Jetty connector bound to {@code 127.0.0.1} on a free port
 * chosen by the kernel. Telemetry is never configured, so nothing is sent anywhere. DynamoDB Local's
 * worker threads keep a JVM alive, so always {@link #close()} an instance (try-with-resources, or
 * a JUnit {@code @AfterAll}).
 *
 * <pre>{@code
 * try (DynamoDbLocal local = DynamoDbLocal.start();
 *      DynamoDbClient client = local.client()) {
 *   client.listTables();
 * }
 * }</pre>
 *
 * <p>Each instance holds its own in-memory database; instances are independent.
 */
public final class DynamoDbLocal implements AutoCloseable {

  /** The access key every client of this instance signs with; DynamoDB Local checks only its shape. */
  public static final String ACCESS_KEY_ID = LoopbackEndpoint.ACCESS_KEY_ID;

  /** The secret key every client of this instance signs with. */
  public static final String SECRET_ACCESS_KEY = LoopbackEndpoint.SECRET_ACCESS_KEY;

  /** The region every client of this instance uses; DynamoDB Local keeps one database per region. */
  public static final Region REGION = LoopbackEndpoint.REGION;

  private final Server server;
  private final LocalDynamoDBRequestHandler requestHandler;
  private final LoopbackEndpoint endpoint;

  private DynamoDbLocal(
      Server server, LocalDynamoDBRequestHandler requestHandler, LoopbackEndpoint endpoint) {
    this.server = server;
    this.requestHandler = requestHandler;
    this.endpoint = endpoint;
  }

  /**
   * Starts DynamoDB Local in memory on {@code 127.0.0.1} and a free port.
   *
   * @return the running instance; close it to stop its server and worker threads
   * @throws IllegalStateException if DynamoDB Local cannot load its SQLite library or bind a port
   */
  public static DynamoDbLocal start() {
    return start(true, null, 0);
  }

  /**
   * Starts DynamoDB Local on {@code 127.0.0.1} with its database in a file under {@code dbPath}
   * (DynamoDB Local's {@code -dbPath DIR -sharedDb}: {@code shared-local-instance.db}, SQLite), so
   * that a new instance on the same directory finds the tables again.
   *
   * @param dbPath an existing directory
   * @param port the port, or 0 for a free one
   * @throws IllegalStateException as {@link #start()}
   */
  public static DynamoDbLocal startPersistent(java.nio.file.Path dbPath, int port) {
    return start(false, dbPath.toAbsolutePath().toString(), port);
  }

  private static DynamoDbLocal start(boolean inMemory, String dbPath, int port) {
    LocalDynamoDBRequestHandler requestHandler = null;
    Server server = null;
    try {
      SQLiteLibraryLoader.initialize();
      // (port, inMemory, dbPath, sharedDb, delayTransientStatuses): sharedDb so that every
      // credential and region sees the same tables, as the engine does.
      requestHandler = new LocalDynamoDBRequestHandler(0, inMemory, dbPath, true, false);
      LocalDynamoDBServerHandler serverHandler = new LocalDynamoDBServerHandler(requestHandler, null);
      server = new Server();
      ServerConnector connector = new ServerConnector(server);
      connector.setHost(LoopbackEndpoint.HOST);
      connector.setPort(port);
      server.addConnector(connector);
      // DynamoDBProxyServer only wires the handler tree here; its own Jetty server is never started.
      server.setHandler(new DynamoDBProxyServer(0, serverHandler).setUpHandler(serverHandler));
      server.start();
      LoopbackEndpoint endpoint = LoopbackEndpoint.of(connector.getLocalPort());
      return new DynamoDbLocal(server, requestHandler, endpoint);
    } catch (Exception e) {
      stopQuietly(server, requestHandler);
      throw new IllegalStateException("DynamoDB Local did not start: " + e.getMessage(), e);
    }
  }

  /** The HTTP endpoint, such as {@code http://127.0.0.1:41234}, for any AWS SDK or the AWS CLI. */
  public URI endpoint() {
    return endpoint.uri();
  }

  /** The loopback address and port the server listens on. */
  public InetSocketAddress address() {
    return endpoint.address();
  }

  /**
   * A new synchronous client for this instance, with static credentials, {@link #REGION} and an
   * Apache HTTP client. The caller closes it.
   */
  public DynamoDbClient client() {
    return endpoint.client();
  }

  /**
   * A new DynamoDB Streams client for this instance, configured as {@link #client()}. The caller
   * closes it.
   */
  public DynamoDbStreamsClient streamsClient() {
    return endpoint.streamsClient();
  }

  /** Stops the HTTP server and DynamoDB Local's worker threads; the in-memory data is gone. */
  @Override
  public void close() {
    stopQuietly(server, requestHandler);
  }

  private static void stopQuietly(Server server, LocalDynamoDBRequestHandler requestHandler) {
    RuntimeException failure = null;
    if (server != null) {
      try {
        server.stop();
      } catch (Exception e) {
        failure = new IllegalStateException("DynamoDB Local's server did not stop cleanly", e);
      }
    }
    if (requestHandler != null) {
      requestHandler.shutdown();
    }
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public String toString() {
    return "DynamoDbLocal[" + endpoint + "]";
  }
}
