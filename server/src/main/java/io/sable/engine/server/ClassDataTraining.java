package io.sable.engine.server;

import io.sable.engine.SableEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/**
 * The training run of the class-data sharing (AppCDS) archive that {@code bin/serve} starts the
 * server with: what {@code serve} does on its way to and through its first requests, in a JVM
 * started with {@code -XX:ArchiveClassesAtExit=sable-server.jsa}, so that the classes it loads are
 * stored, parsed and verified, in the archive. The server module's package step runs it on the
 * shaded jar (a few seconds); {@code bin/serve} then passes {@code -XX:SharedArchiveFile} when the
 * archive is there, and the JVM ignores an archive made for another jar or JDK.
 *
 * <p>It parses a {@code serve} command line as {@link ServerMain} does, starts the engine and the
 * server on a free loopback port, sends one of each common request over HTTP/1.1 with a
 * well-formed (unchecked) SigV4 header, a failing condition included, and exits. It prints nothing
 * but a one-line summary; any unexpected answer fails it with a non-zero exit (and the build).
 *
 * <pre>{@code
 * java -XX:ArchiveClassesAtExit=target/sable-server.jsa -cp target/sable-server.jar \
 *     io.sable.engine.server.ClassDataTraining
 * }</pre>
 */
final class ClassDataTraining {
  private static final String TABLE = "training";
  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);

  private ClassDataTraining() {}

  /** Runs the requests below against a fresh server, then exits (the archive is written at exit). */
  public static void main(String[] args) throws IOException {
    CommandLine.ParseResult parsed =
        new CommandLine(new ServerMain()).parseArgs("serve", "--port", "0", "--host", "127.0.0.1");
    ServerMain.Serve serve = (ServerMain.Serve) parsed.subcommand().commandSpec().userObject();
    int requests = 0;
    try (SableEngine engine = serve.engine();
        SableServer server = serve.start(engine);
        Socket socket = new Socket(server.endpoint().getHost(), server.port())) {
      for (String[] request : REQUESTS) {
        String response = post(socket, server.port(), request[0], request[1]);
        if (!response.startsWith(request[2])) {
          throw new IllegalStateException(request[0] + " answered " + response + ", wanted " + request[2]);
        }
        requests++;
      }
    }
    System.out.println("ClassDataTraining: " + requests + " requests answered as expected");
    System.exit(0);
  }

  /** Target, body, and the status line the answer must start with. */
  private static final List<String[]> REQUESTS = List.of(
      new String[] {"CreateTable", "{\"TableName\":\"" + TABLE + "\",\"BillingMode\":\"PAY_PER_REQUEST\","
          + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"sk\",\"KeyType\":\"RANGE\"}],"
          + "\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"},"
          + "{\"AttributeName\":\"sk\",\"AttributeType\":\"S\"},{\"AttributeName\":\"g\",\"AttributeType\":\"S\"}],"
          + "\"GlobalSecondaryIndexes\":[{\"IndexName\":\"byG\",\"KeySchema\":[{\"AttributeName\":\"g\",\"KeyType\":\"HASH\"}],"
          + "\"Projection\":{\"ProjectionType\":\"ALL\"}}]}", "HTTP/1.1 200"},
      new String[] {"DescribeTable", "{\"TableName\":\"" + TABLE + "\"}", "HTTP/1.1 200"},
      new String[] {"ListTables", "{}", "HTTP/1.1 200"},
      new String[] {"PutItem", "{\"TableName\":\"" + TABLE + "\",\"Item\":{\"pk\":{\"S\":\"a\"},\"sk\":{\"S\":\"1\"},"
          + "\"g\":{\"S\":\"x\"},\"n\":{\"N\":\"1.5\"},\"b\":{\"B\":\"AAEC\"},\"l\":{\"L\":[{\"BOOL\":true},{\"NULL\":true}]},"
          + "\"m\":{\"M\":{\"ss\":{\"SS\":[\"p\",\"q\"]}}}}}", "HTTP/1.1 200"},
      new String[] {"PutItem", "{\"TableName\":\"" + TABLE + "\",\"Item\":{\"pk\":{\"S\":\"a\"},\"sk\":{\"S\":\"2\"},"
          + "\"n\":{\"N\":\"2\"}},\"ConditionExpression\":\"attribute_not_exists(pk)\",\"ReturnValues\":\"ALL_OLD\","
          + "\"ReturnConsumedCapacity\":\"TOTAL\"}", "HTTP/1.1 200"},
      new String[] {"PutItem", "{\"TableName\":\"" + TABLE + "\",\"Item\":{\"pk\":{\"S\":\"a\"},\"sk\":{\"S\":\"2\"}},"
          + "\"ConditionExpression\":\"attribute_not_exists(pk)\"}", "HTTP/1.1 400"},
      new String[] {"GetItem", "{\"TableName\":\"" + TABLE + "\",\"Key\":{\"pk\":{\"S\":\"a\"},\"sk\":{\"S\":\"1\"}},"
          + "\"ProjectionExpression\":\"#n, m.ss\",\"ExpressionAttributeNames\":{\"#n\":\"n\"}}", "HTTP/1.1 200"},
      new String[] {"UpdateItem", "{\"TableName\":\"" + TABLE + "\",\"Key\":{\"pk\":{\"S\":\"a\"},\"sk\":{\"S\":\"1\"}},"
          + "\"UpdateExpression\":\"SET n = n + :one, t = if_not_exists(t, :one) REMOVE l\","
          + "\"ConditionExpression\":\"n > :zero AND begins_with(g, :x)\",\"ExpressionAttributeValues\":"
          + "{\":one\":{\"N\":\"1\"},\":zero\":{\"N\":\"0\"},\":x\":{\"S\":\"x\"}},\"ReturnValues\":\"UPDATED_NEW\"}",
          "HTTP/1.1 200"},
      new String[] {"Query", "{\"TableName\":\"" + TABLE + "\",\"KeyConditionExpression\":\"pk = :p AND sk BETWEEN :a AND :b\","
          + "\"FilterExpression\":\"attribute_exists(n)\",\"ExpressionAttributeValues\":{\":p\":{\"S\":\"a\"},"
          + "\":a\":{\"S\":\"0\"},\":b\":{\"S\":\"9\"}},\"ScanIndexForward\":false,\"Limit\":10}", "HTTP/1.1 200"},
      new String[] {"Query", "{\"TableName\":\"" + TABLE + "\",\"IndexName\":\"byG\",\"KeyConditionExpression\":\"g = :g\","
          + "\"ExpressionAttributeValues\":{\":g\":{\"S\":\"x\"}}}", "HTTP/1.1 200"},
      new String[] {"Scan", "{\"TableName\":\"" + TABLE + "\",\"Limit\":1}", "HTTP/1.1 200"},
      new String[] {"BatchWriteItem", "{\"RequestItems\":{\"" + TABLE + "\":[{\"PutRequest\":{\"Item\":"
          + "{\"pk\":{\"S\":\"b\"},\"sk\":{\"S\":\"1\"}}}},{\"DeleteRequest\":{\"Key\":{\"pk\":{\"S\":\"a\"},"
          + "\"sk\":{\"S\":\"2\"}}}}]}}", "HTTP/1.1 200"},
      new String[] {"BatchGetItem", "{\"RequestItems\":{\"" + TABLE + "\":{\"Keys\":[{\"pk\":{\"S\":\"b\"},"
          + "\"sk\":{\"S\":\"1\"}}]}}}", "HTTP/1.1 200"},
      new String[] {"TransactWriteItems", "{\"TransactItems\":[{\"Put\":{\"TableName\":\"" + TABLE + "\",\"Item\":"
          + "{\"pk\":{\"S\":\"c\"},\"sk\":{\"S\":\"1\"}}}},{\"Delete\":{\"TableName\":\"" + TABLE + "\",\"Key\":"
          + "{\"pk\":{\"S\":\"b\"},\"sk\":{\"S\":\"1\"}}}}]}", "HTTP/1.1 200"},
      new String[] {"DeleteItem", "{\"TableName\":\"" + TABLE + "\",\"Key\":{\"pk\":{\"S\":\"c\"},\"sk\":{\"S\":\"1\"}}}",
          "HTTP/1.1 200"},
      new String[] {"DeleteTable", "{\"TableName\":\"" + TABLE + "\"}", "HTTP/1.1 200"});

  /** Sends one request on the kept-alive connection and returns the whole answer, head and body. */
  private static String post(Socket socket, int port, String target, String body) {
    try {
      byte[] content = body.getBytes(StandardCharsets.UTF_8);
      String date = AMZ_DATE.format(ZonedDateTime.now(ZoneOffset.UTC));
      String head = "POST / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
          + "Content-Type: application/x-amz-json-1.0\r\n"
          + "X-Amz-Target: DynamoDB_20120810." + target + "\r\n"
          + "X-Amz-Date: " + date + "\r\n"
          + "Authorization: AWS4-HMAC-SHA256 Credential=TRAINING/" + date.substring(0, 8)
          + "/us-east-1/dynamodb/aws4_request, SignedHeaders=host;x-amz-date, Signature=" + "0".repeat(64) + "\r\n"
          + "Content-Length: " + content.length + "\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(content);
      out.flush();
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(target + " failed", e);
    }
  }

  private static String read(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed in a response head: " + head);
      }
      head.write(b);
    }
    String text = head.toString(StandardCharsets.US_ASCII);
    int length = 0;
    for (String line : text.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring("content-length:".length()).trim());
      }
    }
    return text + new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }
}
