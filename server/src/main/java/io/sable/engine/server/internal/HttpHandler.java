package io.sable.engine.server.internal;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Answers the whole HTTP requests of one connection: {@code GET /} with a health text, a
 * DynamoDB {@code POST} through the {@link WireService}, anything else as DynamoDB does ({@code
 * 404} and {@code <UnknownOperationException/>}). Answers leave in the order requests came, even
 * when a client pipelines. Not shareable: one instance per connection.
 *
 * <p>A DynamoDB request is authenticated first, on the event loop, holding nothing ({@link
 * WireService#refusal}); only then does it take an in-flight slot ({@link Admission}: none free is
 * {@code ThrottlingException}, HTTP 503), run on the worker executor, and give the slot back once
 * its answer is ready to write. So clients that cannot sign, or that are slow to send, never hold a slot.
 *
 * <p>An operation that {@code inline} accepts (the item operations of an in-memory engine: they
 * never wait) runs on the event loop itself when no earlier answer of the connection is still
 * pending, which saves two thread hand-offs per request; the answers of the connection are always
 * written from the event loop, in order.
 */
public final class HttpHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
  /** The body of {@code GET /}. */
  public static final String HEALTH_TEXT = "healthy: Sable serves DynamoDB's API here\n";

  private static final byte[] UNKNOWN_OPERATION =
      "<UnknownOperationException/>\n".getBytes(StandardCharsets.US_ASCII);

  private static final Runnable NOTHING = () -> {};

  private final WireService service;
  private final Admission admission;
  private final Executor executor;
  private final Predicate<String> inline;
  private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);
  /** Answers enqueued and not yet written; read and written on the event loop only. */
  private int pending;

  /** A handler calling {@code service} on {@code executor}, at most as many at once as {@code admission} allows. */
  public HttpHandler(WireService service, Admission admission, Executor executor) {
    this(service, admission, executor, target -> false);
  }

  /**
   * A handler calling {@code service} on {@code executor}, or on the event loop for the {@code
   * X-Amz-Target}s that {@code inline} accepts, at most as many at once as {@code admission}
   * allows.
   */
  public HttpHandler(
      WireService service, Admission admission, Executor executor, Predicate<String> inline) {
    this.service = service;
    this.admission = admission;
    this.executor = executor;
    this.inline = inline;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    boolean keepAlive = HttpUtil.isKeepAlive(request);
    HttpVersion version = request.protocolVersion();
    if (request.decoderResult().isFailure()) {
      enqueue(ctx, () -> Responses.closing(HttpResponseStatus.BAD_REQUEST), false, version);
      return;
    }
    HttpMethod method = request.method();
    String path = request.uri();
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    if ((method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD)) && path.equals("/")) {
      enqueue(ctx, () -> Responses.text(200, HEALTH_TEXT), keepAlive, version);
      return;
    }
    String contentType = mediaType(request.headers());
    byte[] body = ByteBufUtil.getBytes(request.content());
    boolean json = contentType.equals(Responses.AMZ_JSON) || contentType.equals("application/json");
    if (!method.equals(HttpMethod.POST) || (body.length > 0 && !json)) {
      enqueue(ctx, () -> Responses.of(404, "application/xml", UNKNOWN_OPERATION), keepAlive, version);
      return;
    }
    String responseType = contentType.equals("application/json") ? contentType : Responses.AMZ_JSON;
    SigV4.Request view = new View(method.name(), request.uri(), request.headers(), body);
    String target = request.headers().get("x-amz-target");
    WireService.Answer refusal = service.refusal(view, target);
    if (refusal == null && !admission.tryAcquire()) {
      refusal = WireService.error(WireError.throttling());
    }
    if (refusal != null) {
      WireService.Answer refused = refusal;
      enqueue(ctx, () -> Responses.of(refused.status(), responseType, refused.body()), keepAlive, version);
      return;
    }
    if (pending == 0 && inline.test(target)) {
      FullHttpResponse response;
      try {
        WireService.Answer answer = service.answer(view, target);
        response = Responses.of(answer.status(), responseType, answer.body());
      } catch (RuntimeException | Error e) {
        ctx.close();
        return;
      } finally {
        admission.release();
      }
      send(ctx, response, keepAlive, version);
      return;
    }
    enqueue(ctx, () -> {
      WireService.Answer answer = service.answer(view, target);
      return Responses.of(answer.status(), responseType, answer.body());
    }, keepAlive, version, admission::release);
  }

  private void enqueue(
      ChannelHandlerContext ctx, Supplier<FullHttpResponse> answer, boolean keepAlive, HttpVersion version) {
    enqueue(ctx, answer, keepAlive, version, NOTHING);
  }

  /**
   * Sends {@code answer} after the answers before it; runs {@code answered} once it is computed (or
   * failed), before it is written, so that a client that reads it finds its slot free again.
   */
  private void enqueue(
      ChannelHandlerContext ctx,
      Supplier<FullHttpResponse> answer,
      boolean keepAlive,
      HttpVersion version,
      Runnable answered) {
    pending++;
    tail = tail.thenRunAsync(() -> {
      FullHttpResponse response;
      try {
        response = answer.get();
      } finally {
        answered.run();
      }
      ctx.executor().execute(() -> {
        pending--;
        send(ctx, response, keepAlive, version);
      });
    }, executor).exceptionally(e -> {
      ctx.executor().execute(() -> pending--);
      ctx.close();
      return null;
    });
  }

  private static void send(
      ChannelHandlerContext ctx, FullHttpResponse response, boolean keepAlive, HttpVersion version) {
    if (!keepAlive) {
      response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
      ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
      return;
    }
    if (version.equals(HttpVersion.HTTP_1_0)) {
      response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
    }
    ctx.writeAndFlush(response);
  }

  private static String mediaType(HttpHeaders headers) {
    String value = headers.get(HttpHeaderNames.CONTENT_TYPE);
    if (value == null) {
      return "";
    }
    int semicolon = value.indexOf(';');
    return (semicolon < 0 ? value : value.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ctx.close();
  }

  /** The parts of a request that the signature covers. */
  private record View(String method, String uri, HttpHeaders httpHeaders, byte[] body)
      implements SigV4.Request {
    @Override
    public List<String> headers(String name) {
      return httpHeaders.getAll(name);
    }
  }
}
