package io.sable.engine.server.internal;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Guards one connection, between the HTTP decoder and the body aggregator: admits each request
 * against the server's in-flight bound (a request over it is answered with ThrottlingException,
 * HTTP 503, and the connection closed, before its body is read), gives a request a deadline to
 * arrive in full (a client too slow to send its body gets 408 and the connection is closed), and
 * closes connections idle past the idle timeout. Not shareable: one instance per connection.
 */
public final class RequestGuard extends ChannelDuplexHandler {
  private final Admission admission;
  private final long requestTimeoutMillis;
  private int held;
  private boolean discarding;
  private ScheduledFuture<?> deadline;

  /**
   * A guard for one connection.
   *
   * @param admission the server's in-flight bound
   * @param requestTimeoutMillis how long a request may take to arrive in full, in milliseconds
   */
  public RequestGuard(Admission admission, long requestTimeoutMillis) {
    this.admission = admission;
    this.requestTimeoutMillis = requestTimeoutMillis;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof HttpRequest) {
      if (!admission.tryAcquire()) {
        ReferenceCountUtil.release(msg);
        discarding = true;
        FullHttpResponse response =
            Responses.of(503, Responses.AMZ_JSON, JsonWriter.write(WireError.throttling()));
        response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        return;
      }
      held++;
      if (!(msg instanceof LastHttpContent)) {
        deadline = ctx.executor().schedule(
            () -> tooSlow(ctx), requestTimeoutMillis, TimeUnit.MILLISECONDS);
      }
    } else if (discarding) {
      ReferenceCountUtil.release(msg);
      return;
    }
    if (msg instanceof LastHttpContent) {
      cancelDeadline();
    }
    ctx.fireChannelRead(msg);
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    if (msg instanceof HttpResponse response && response.status().code() >= 200 && held > 0) {
      held--;
      admission.release();
    }
    ctx.write(msg, promise);
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
    if (event instanceof IdleStateEvent && held == 0) {
      ctx.close();
      return;
    }
    ctx.fireUserEventTriggered(event);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    cancelDeadline();
    while (held > 0) {
      held--;
      admission.release();
    }
    ctx.fireChannelInactive();
  }

  private void tooSlow(ChannelHandlerContext ctx) {
    deadline = null;
    discarding = true;
    ctx.writeAndFlush(Responses.closing(HttpResponseStatus.REQUEST_TIMEOUT))
        .addListener(ChannelFutureListener.CLOSE);
  }

  private void cancelDeadline() {
    if (deadline != null) {
      deadline.cancel(false);
      deadline = null;
    }
  }
}
