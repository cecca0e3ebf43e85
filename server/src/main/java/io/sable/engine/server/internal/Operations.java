package io.sable.engine.server.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;

/**
 * The operations a server routes to, by {@code X-Amz-Target}: {@code <prefix>.<Operation>}, one
 * entry per method of an AWS SDK client interface that takes a request object and returns a
 * response ({@code getItem(GetItemRequest)} is {@code DynamoDB_20120810.GetItem}). Built once, by
 * reflection over the interface, so that every operation the client implements is served with no
 * code per operation; an operation the client does not implement throws {@link
 * UnsupportedOperationException} (the SDK interface's default) and is answered as an unknown
 * operation.
 */
public final class Operations {
  /** The target prefix of DynamoDB's operations. */
  public static final String DYNAMODB = "DynamoDB_20120810";
  /** The target prefix of DynamoDB Streams' operations. */
  public static final String DYNAMODB_STREAMS = "DynamoDBStreams_20120810";

  private final Map<String, Operation> byTarget = new HashMap<>();

  /** One operation: how to build its request, and how to call it. */
  public record Operation(String target, MethodHandle builder, MethodHandle call) {
    /** A fresh builder of the operation's request. */
    public SdkPojo newRequestBuilder() {
      try {
        return (SdkPojo) builder.invoke();
      } catch (Throwable e) {
        throw new IllegalStateException("cannot build a request of " + target, e);
      }
    }

    /** Calls the operation; exceptions of the client pass through unchanged. */
    public SdkPojo invoke(Object request) throws Throwable {
      return (SdkPojo) (Object) call.invokeExact(request);
    }
  }

  /**
   * Adds every operation of {@code client}, seen through {@code clientInterface}, under {@code
   * prefix}.
   *
   * @return this
   */
  public <C> Operations add(String prefix, Class<C> clientInterface, C client) {
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    for (Method method : clientInterface.getMethods()) {
      if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 1) {
        continue;
      }
      Class<?> requestType = method.getParameterTypes()[0];
      if (!SdkRequest.class.isAssignableFrom(requestType)
          || !SdkResponse.class.isAssignableFrom(method.getReturnType())) {
        continue;
      }
      try {
        MethodHandle builder =
            lookup.findStatic(requestType, "builder", MethodType.methodType(
                requestType.getMethod("builder").getReturnType()));
        MethodHandle call = lookup.unreflect(method).bindTo(client)
            .asType(MethodType.methodType(Object.class, Object.class));
        String name = Character.toUpperCase(method.getName().charAt(0)) + method.getName().substring(1);
        String target = prefix + "." + name;
        byTarget.put(target, new Operation(target, builder, call));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot serve " + method, e);
      }
    }
    return this;
  }

  /** The operation for an {@code X-Amz-Target} value, or null if there is none. */
  public Operation find(String target) {
    return target == null ? null : byTarget.get(target);
  }

  /** The {@code X-Amz-Target} values served, in alphabetical order. */
  public List<String> targets() {
    return byTarget.keySet().stream().sorted().toList();
  }

  /** The number of operations served. */
  public int size() {
    return byTarget.size();
  }
}
