package io.sable.engine.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.IdleStateHandler;
import io.sable.engine.SableEngine;
import io.sable.engine.server.internal.Admission;
import io.sable.engine.server.internal.ConnectionLimit;
import io.sable.engine.server.internal.HttpHandler;
import io.sable.engine.server.internal.Operations;
import io.sable.engine.server.internal.RequestGuard;
import io.sable.engine.server.internal.SigV4;
import io.sable.engine.server.internal.WireService;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/**
 * An HTTP server that speaks DynamoDB's JSON 1.0 protocol ({@code POST /} with {@code
 * X-Amz-Target: DynamoDB_20120810.<Operation>}) in front of a {@link DynamoDbClient}, normally a
 * {@link SableEngine}'s, so that any AWS SDK or the AWS CLI works against it unchanged.
 *
 * <pre>{@code
 * try (SableEngine engine = SableEngine.create();
 *      SableServer server = SableServer.builder(engine.dynamoDbClient()).start()) {
 *   DynamoDbClient client = DynamoDbClient.builder()
 *       .endpointOverride(server.endpoint())
 *       .region(Region.US_EAST_1)
 *       .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
 *       .build();
 *   client.listTables();
 * }
 * }</pre>
 *
 * <p>Every operation the client implements is served (for the engine: the table, item, Query,
 * Scan, batch, transaction and Time to Live operations); any other target is answered with {@code UnknownOperationException},
 * as DynamoDB answers an operation it does not know. {@code DynamoDBStreams_20120810.<Operation>}
 * targets go to a {@link DynamoDbStreamsClient} when one is given (for the engine: {@code
 * engine.dynamoDbStreamsClient()}, which {@link #start(SableEngine)} and {@code sable-server
 * serve} give). Errors go out as DynamoDB sends
 * them (status, {@code __type}, message, modelled members), with {@code x-amzn-RequestId} and
 * {@code x-amz-crc32} on every answer.
 *
 * <p>Limits, so that slow, silent or unauthenticated clients cannot shut it down: a connection
 * that has not sent a whole request head within {@link Builder#headerTimeout} (from its opening,
 * or from the first byte of a later request) is closed; a body that takes longer than {@link
 * Builder#bodyTimeout} to arrive gets 408 and the connection is closed; a connection with nothing
 * to read or answer for {@link Builder#idleTimeout} is closed; more than {@link
 * Builder#maxConnectionsPerAddress} connections from one remote address are closed as they open; a
 * body over {@link Builder#maxRequestBytes} gets HTTP 413. A request is authenticated (when {@link
 * Builder#credentials} are set) once its body is in, and only then takes one of {@link
 * Builder#maxInFlightRequests} slots; with none free it gets {@code ThrottlingException}, HTTP 503.
 * Binds to loopback unless told otherwise.
 */
public final class SableServer implements AutoCloseable {
  /** The default bound on a request body: 16 MiB, DynamoDB's own. */
  public static final int DEFAULT_MAX_REQUEST_BYTES = 16 * 1024 * 1024;
  /** The default bound on requests in flight. */
  public static final int DEFAULT_MAX_IN_FLIGHT = 256;

  /**
   * The operations that {@link Builder#itemOperationsOnEventLoop} runs on the event loop: reads
   * and writes of items, bounded by DynamoDB's own limits (one item, 100 or 25 items, a page of
   * 1 MB), which never wait in an in-memory engine.
   */
  private static final Set<String> ITEM_OPERATIONS =
      Set.of("GetItem", "PutItem", "UpdateItem", "DeleteItem", "Query", "Scan", "BatchGetItem",
              "BatchWriteItem", "TransactGetItems", "TransactWriteItems").stream()
          .map(name -> Operations.DYNAMODB + "." + name)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());
  /** The default bound on connections open at once from one remote address. */
  public static final int DEFAULT_MAX_CONNECTIONS_PER_ADDRESS = 128;
  /** The default time a request's head may take to arrive. */
  public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);
  /** The default time a request's body may take to arrive. */
  public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(30);
  /** The default time a keep-alive connection may stay idle. */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(75);

  private final Channel channel;
  private final EventLoopGroup acceptors;
  private final EventLoopGroup eventLoops;
  private final ExecutorService workers;
  private final URI endpoint;
  private final boolean verifiesSignatures;

  private SableServer(Builder builder) {
    SigV4 sigV4 = builder.credentials.isEmpty()
        ? SigV4.anyWellFormed()
        : SigV4.verifying(builder.credentials, builder.clock);
    this.verifiesSignatures = sigV4.verifies();
    Operations operations = new Operations()
        .add(Operations.DYNAMODB, DynamoDbClient.class, builder.dynamoDb);
    if (builder.streams != null) {
      operations.add(Operations.DYNAMODB_STREAMS, DynamoDbStreamsClient.class, builder.streams);
    }
    WireService service = new WireService(operations, sigV4);
    Admission admission = new Admission(builder.maxInFlightRequests);
    this.workers = Executors.newFixedThreadPool(builder.workerThreads, daemonThreads("sable-server-worker-"));
    this.acceptors = new NioEventLoopGroup(1, daemonThreads("sable-server-accept-"));
    this.eventLoops = new NioEventLoopGroup(builder.eventLoopThreads, daemonThreads("sable-server-io-"));
    long headerMillis = builder.headerTimeout.toMillis();
    long bodyMillis = builder.bodyTimeout.toMillis();
    long idleMillis = builder.idleTimeout.toMillis();
    int maxRequestBytes = builder.maxRequestBytes;
    ConnectionLimit connectionLimit = new ConnectionLimit(builder.maxConnectionsPerAddress);
    Set<String> inlineTargets = builder.itemOperationsOnEventLoop ? ITEM_OPERATIONS : Set.of();
    Predicate<String> inline = target -> target != null && inlineTargets.contains(target);
    ServerBootstrap bootstrap = new ServerBootstrap()
        .group(acceptors, eventLoops)
        .channel(NioServerSocketChannel.class)
        .option(ChannelOption.SO_BACKLOG, 1024)
        .childOption(ChannelOption.TCP_NODELAY, true)
        .childHandler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel channel) {
            RequestGuard guard = new RequestGuard(headerMillis, bodyMillis);
            channel.pipeline()
                .addLast(connectionLimit)
                .addLast(new IdleStateHandler(0, 0, idleMillis, TimeUnit.MILLISECONDS))
                .addLast(guard.requestStart())
                .addLast(new HttpServerCodec())
                .addLast(guard)
                .addLast(new HttpObjectAggregator(maxRequestBytes))
                .addLast(new HttpHandler(service, admission, workers, inline));
          }
        });
    try {
      this.channel = bootstrap.bind(builder.host, builder.port).sync().channel();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      shutdown();
      throw new IllegalStateException("interrupted while binding " + builder.host, e);
    } catch (RuntimeException e) {
      shutdown();
      throw new IllegalStateException(
          "cannot listen on " + builder.host + ":" + builder.port + ": " + e.getMessage(), e);
    }
    InetSocketAddress bound = (InetSocketAddress) channel.localAddress();
    String host = bound.getAddress().isAnyLocalAddress() ? "127.0.0.1" : bound.getHostString();
    this.endpoint = URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort());
  }

  /** A builder of a server in front of {@code dynamoDb}. */
  public static Builder builder(DynamoDbClient dynamoDb) {
    return new Builder(dynamoDb);
  }

  /**
   * A builder of a server in front of {@code engine}: its DynamoDB operations, its DynamoDB Streams
   * operations, and its clock for SigV4's time check; an in-memory engine's item operations run on
   * the event loop ({@link Builder#itemOperationsOnEventLoop}).
   */
  public static Builder builder(SableEngine engine) {
    return builder(engine.dynamoDbClient())
        .streams(engine.dynamoDbStreamsClient())
        .clock(engine.clock())
        .itemOperationsOnEventLoop(engine.durableStore() == null);
  }

  /**
   * Starts a server for {@code engine} on loopback and a free port, with the default options: its
   * DynamoDB operations and its DynamoDB Streams operations.
   */
  public static SableServer start(SableEngine engine) {
    return builder(engine).start();
  }

  /** The endpoint URL for SDKs and the AWS CLI, such as {@code http://127.0.0.1:8000}. */
  public URI endpoint() {
    return endpoint;
  }

  /** The port the server listens on. */
  public int port() {
    return ((InetSocketAddress) channel.localAddress()).getPort();
  }

  /** Whether the server verifies SigV4 signatures against known credentials. */
  public boolean verifiesSignatures() {
    return verifiesSignatures;
  }

  /** Stops listening, closes every connection, and stops the server's threads; waits for them. */
  @Override
  public void close() {
    channel.close().syncUninterruptibly();
    shutdown();
  }

  private void shutdown() {
    acceptors.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    eventLoops.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    workers.shutdown();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Options of a {@link SableServer}. */
  public static final class Builder {
    private final DynamoDbClient dynamoDb;
    private DynamoDbStreamsClient streams;
    private String host = "127.0.0.1";
    private int port;
    private final Map<String, String> credentials = new LinkedHashMap<>();
    private int maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
    private int maxInFlightRequests = DEFAULT_MAX_IN_FLIGHT;
    private int maxConnectionsPerAddress = DEFAULT_MAX_CONNECTIONS_PER_ADDRESS;
    private Duration headerTimeout = DEFAULT_HEADER_TIMEOUT;
    private Duration bodyTimeout = DEFAULT_BODY_TIMEOUT;
    private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
    private Clock clock = Clock.systemUTC();
    private int eventLoopThreads = Math.max(2, Runtime.getRuntime().availableProcessors());
    private int workerThreads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    private boolean itemOperationsOnEventLoop;

    private Builder(DynamoDbClient dynamoDb) {
      this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
    }

    /** The address to listen on. Default {@code 127.0.0.1}: loopback only. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port to listen on; 0 (the default) picks a free one, see {@link SableServer#port()}. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0 to 65535: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Verifies SigV4 signatures, accepting this access key id with this secret (repeatable). With
     * none (the default), any well-formed signature is accepted, as DynamoDB Local does; with
     * some, as DynamoDB: a request dated more than 15 minutes from the {@link #clock} gets {@code
     * InvalidSignatureException} ("Signature expired" or "Signature not yet current"), as does a
     * credential scope for another service than {@code dynamodb}; an unknown key gets {@code
     * UnrecognizedClientException} and a wrong signature {@code InvalidSignatureException}.
     */
    public Builder credentials(String accessKeyId, String secretAccessKey) {
      credentials.put(
          Objects.requireNonNull(accessKeyId, "accessKeyId"),
          Objects.requireNonNull(secretAccessKey, "secretAccessKey"));
      return this;
    }

    /** Serves {@code DynamoDBStreams_20120810.*} targets with this client. Default: none. */
    public Builder streams(DynamoDbStreamsClient streams) {
      this.streams = streams;
      return this;
    }

    /** The largest request body in bytes; a larger one gets HTTP 413. Default 16 MiB. */
    public Builder maxRequestBytes(int maxRequestBytes) {
      this.maxRequestBytes = positive(maxRequestBytes, "maxRequestBytes");
      return this;
    }

    /**
     * The most requests in flight at once; one more gets {@code ThrottlingException} (HTTP 503),
     * which SDKs retry with back-off. Default {@value SableServer#DEFAULT_MAX_IN_FLIGHT}.
     */
    public Builder maxInFlightRequests(int maxInFlightRequests) {
      this.maxInFlightRequests = positive(maxInFlightRequests, "maxInFlightRequests");
      return this;
    }

    /**
     * The most connections open at once from one remote address; one more is closed as it opens,
     * while other addresses are served. Default {@value SableServer#DEFAULT_MAX_CONNECTIONS_PER_ADDRESS}.
     */
    public Builder maxConnectionsPerAddress(int maxConnectionsPerAddress) {
      this.maxConnectionsPerAddress = positive(maxConnectionsPerAddress, "maxConnectionsPerAddress");
      return this;
    }

    /**
     * How long a request's head (request line and headers) may take to arrive, from the
     * connection's opening for its first request and from the first byte for later ones; a
     * connection that misses it is closed. Default 10 seconds.
     */
    public Builder headerTimeout(Duration headerTimeout) {
      this.headerTimeout = positive(headerTimeout, "headerTimeout");
      return this;
    }

    /**
     * How long a request's body may take to arrive after its head; a request that misses it gets
     * HTTP 408 and the connection is closed. Default 30 seconds.
     */
    public Builder bodyTimeout(Duration bodyTimeout) {
      this.bodyTimeout = positive(bodyTimeout, "bodyTimeout");
      return this;
    }

    /**
     * How long a keep-alive connection may stay idle (no request being read, no answer owed,
     * nothing read or written) before it is closed. Default 75 seconds.
     */
    public Builder idleTimeout(Duration idleTimeout) {
      this.idleTimeout = positive(idleTimeout, "idleTimeout");
      return this;
    }

    /**
     * The clock SigV4's 15-minute window is measured on: for an engine, its own (see {@link
     * SableServer#builder(SableEngine)}), so that tests can move it. Default the system's, in UTC.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Whether item operations (GetItem, PutItem, UpdateItem, DeleteItem, Query, Scan, the batch
     * and transaction operations) run on the connection's event loop instead of a worker thread
     * when the connection has no earlier request pending: two thread hand-offs fewer per request.
     * Only for a client whose item operations never block, such as an in-memory engine ({@link
     * SableServer#builder(SableEngine)} turns it on for one); a durable engine waits for its log.
     * Default {@code false}.
     */
    public Builder itemOperationsOnEventLoop(boolean onEventLoop) {
      this.itemOperationsOnEventLoop = onEventLoop;
      return this;
    }

    /** The threads that run operations. Default twice the processors, at least 4. */
    public Builder workerThreads(int workerThreads) {
      this.workerThreads = positive(workerThreads, "workerThreads");
      return this;
    }

    /**
     * Starts the server.
     *
     * @throws IllegalStateException if it cannot listen on the host and port
     */
    public SableServer start() {
      return new SableServer(this);
    }

    private static Duration positive(Duration value, String name) {
      if (Objects.requireNonNull(value, name).toMillis() < 1) {
        throw new IllegalArgumentException(name + " must be at least 1 ms: " + value);
      }
      return value;
    }

    private static int positive(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1: " + value);
      }
      return value;
    }
  }
}
