package io.sable.engine.server.internal;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.ipfilter.AbstractRemoteAddressFilter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bound on the open connections from one remote address, on Netty's {@link
 * AbstractRemoteAddressFilter}: a connection beyond it is closed as it opens, while other addresses
 * are served. Counts a connection until it closes. Shareable: one instance per server, thread-safe.
 */
@ChannelHandler.Sharable
public final class ConnectionLimit extends AbstractRemoteAddressFilter<InetSocketAddress> {
  private final int perAddress;
  private final ConcurrentHashMap<InetAddress, Integer> open = new ConcurrentHashMap<>();

  /** At most {@code perAddress} connections open at once from each remote address. */
  public ConnectionLimit(int perAddress) {
    if (perAddress < 1) {
      throw new IllegalArgumentException("perAddress must be at least 1: " + perAddress);
    }
    this.perAddress = perAddress;
  }

  @Override
  protected boolean accept(ChannelHandlerContext ctx, InetSocketAddress remote) {
    InetAddress address = remote.getAddress();
    boolean[] admitted = new boolean[1];
    open.compute(address, (key, count) -> {
      int current = count == null ? 0 : count;
      if (current >= perAddress) {
        return count;
      }
      admitted[0] = true;
      return current + 1;
    });
    if (admitted[0]) {
      ctx.channel().closeFuture().addListener(
          closed -> open.computeIfPresent(address, (key, count) -> count <= 1 ? null : count - 1));
    }
    return admitted[0];
  }
}
