package io.sable.engine.server.internal;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandler;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The read deadlines of one connection, so that a client that is slow or silent cannot hold it:
 *
 * <ul>
 *   <li>a request's head (request line and headers) must arrive in full within the header timeout
 *       of its first byte (for a connection's first request, of the connection's opening, so that a
 *       connection that sends nothing is closed too); if not, the connection is closed;
 *   <li>its body must arrive in full within the body timeout of its head; if not, the client gets
 *       HTTP 408 and the connection is closed;
 *   <li>a connection with no request being read and no answer owed is closed once Netty's {@link
 *       io.netty.handler.timeout.IdleStateHandler} reports it idle (nothing read or written) for the
 *       idle timeout; a connection waiting for a slow answer is never idle.
 * </ul>
 *
 * <p>The deadlines run on the connection's event loop ({@code ctx.executor().schedule}), as Netty's
 * own {@code ReadTimeoutHandler} does; unlike that handler, they bound the whole head or body, so a
 * client that trickles a byte at a time is closed as well. Sits after the HTTP decoder; {@link
 * #requestStart()} goes before it, to see the first byte of each request. Not shareable: one
 * instance per connection.
 */
public final class RequestGuard extends ChannelDuplexHandler {
  private enum Phase { AWAITING, HEAD, BODY }

  private final long headerTimeoutMillis;
  private final long bodyTimeoutMillis;
  private Phase phase = Phase.HEAD;
  private int unanswered;
  private boolean discarding;
  private ScheduledFuture<?> deadline;
  private ChannelHandlerContext context;

  /**
   * A guard for one connection.
   *
   * @param headerTimeoutMillis how long a request's head may take to arrive, in milliseconds
   * @param bodyTimeoutMillis how long a request's body may take to arrive, in milliseconds
   */
  public RequestGuard(long headerTimeoutMillis, long bodyTimeoutMillis) {
    this.headerTimeoutMillis = headerTimeoutMillis;
    this.bodyTimeoutMillis = bodyTimeoutMillis;
  }

  /** The handler to put before the HTTP decoder: it starts the header deadline of each request. */
  public ChannelInboundHandler requestStart() {
    return new ChannelInboundHandlerAdapter() {
      @Override
      public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (phase == Phase.AWAITING && msg instanceof ByteBuf bytes && bytes.isReadable()) {
          phase = Phase.HEAD;
          arm(headerTimeoutMillis, false);
        }
        ctx.fireChannelRead(msg);
      }
    };
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    context = ctx;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    arm(headerTimeoutMillis, false);
    ctx.fireChannelActive();
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (discarding) {
      ReferenceCountUtil.release(msg);
      return;
    }
    if (msg instanceof HttpRequest) {
      phase = Phase.BODY;
      unanswered++;
      arm(bodyTimeoutMillis, true);
    }
    if (msg instanceof LastHttpContent) {
      phase = Phase.AWAITING;
      disarm();
    }
    ctx.fireChannelRead(msg);
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    if (msg instanceof HttpResponse response && response.status().code() >= 200 && unanswered > 0) {
      unanswered--;
    }
    ctx.write(msg, promise);
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
    if (event instanceof IdleStateEvent && phase == Phase.AWAITING && unanswered == 0) {
      ctx.close();
      return;
    }
    ctx.fireUserEventTriggered(event);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    disarm();
    ctx.fireChannelInactive();
  }

  private void arm(long millis, boolean body) {
    disarm();
    deadline = context.executor().schedule(() -> expire(body), millis, TimeUnit.MILLISECONDS);
  }

  private void expire(boolean body) {
    deadline = null;
    discarding = true;
    if (body) {
      context.writeAndFlush(Responses.closing(HttpResponseStatus.REQUEST_TIMEOUT))
          .addListener(ChannelFutureListener.CLOSE);
    } else {
      context.close();
    }
  }

  private void disarm() {
    if (deadline != null) {
      deadline.cancel(false);
      deadline = null;
    }
  }
}
