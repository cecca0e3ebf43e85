package io.sable.runtime.observe;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * A {@link DynamoDbClient} that forwards every operation to another client and tells a {@link
 * RequestObserver} of each request, its response or error, and its duration. Optionally it asks for
 * {@code ReturnConsumedCapacity} on every operation that takes it and where the caller did not
 * choose a value, so that the observer can read {@code ConsumedCapacity} from the responses.
 *
 * <pre>{@code
 * DynamoDbClient observed = ObservedDynamoDbClient.wrap(dynamoDb, ReturnConsumedCapacity.TOTAL,
 *     (request, response, elapsed) -> log(request, ConsumedCapacities.of(response)));
 * FlightsTable.of(observed).flightRepository().departures("SEA").list();
 * }</pre>
 *
 * <p>It works with any client (the SDK's, or Sable's engine, which no SDK interceptor sees) and
 * every operation of the interface: the convenience overloads (taking a {@code Consumer} of a
 * builder) and the paginators are routed through the observed operations, so each page is one
 * observed request. Closing it closes the wrapped client.
 */
public final class ObservedDynamoDbClient implements InvocationHandler {

  private final DynamoDbClient delegate;
  private final ReturnConsumedCapacity returnConsumedCapacity;
  private final RequestObserver observer;

  private ObservedDynamoDbClient(
      DynamoDbClient delegate, ReturnConsumedCapacity returnConsumedCapacity, RequestObserver observer) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.returnConsumedCapacity = returnConsumedCapacity;
    this.observer = Objects.requireNonNull(observer, "observer");
  }

  /**
   * A client that observes {@code delegate}.
   *
   * @param delegate the client that sends the requests
   * @param returnConsumedCapacity the {@code ReturnConsumedCapacity} to add to requests that take it
   *     and lack it ({@code TOTAL} or {@code INDEXES}), or {@code null} to send requests unchanged
   * @param observer told of every request
   */
  public static DynamoDbClient wrap(
      DynamoDbClient delegate, ReturnConsumedCapacity returnConsumedCapacity, RequestObserver observer) {
    ObservedDynamoDbClient handler = new ObservedDynamoDbClient(delegate, returnConsumedCapacity, observer);
    return (DynamoDbClient) Proxy.newProxyInstance(
        DynamoDbClient.class.getClassLoader(), new Class<?>[] {DynamoDbClient.class}, handler);
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return objectMethod(proxy, method, args);
    }
    if (args != null && args.length == 1 && args[0] instanceof DynamoDbRequest request) {
      if (method.isDefault() && method.getName().endsWith("Paginator")) {
        return InvocationHandler.invokeDefault(proxy, method, args);   // pages come back through proxy
      }
      return send(method, request);
    }
    if (method.isDefault() && routesThroughProxy(method)) {
      return InvocationHandler.invokeDefault(proxy, method, args);
    }
    return forward(method, args);
  }

  /** The overloads that only build a request, such as {@code query(Consumer)} and {@code listTables()}. */
  private static boolean routesThroughProxy(Method method) {
    Class<?>[] parameters = method.getParameterTypes();
    boolean builderOverload = parameters.length == 1 && parameters[0] == Consumer.class;
    boolean noArgumentOperation = parameters.length == 0 && DynamoDbResponse.class.isAssignableFrom(method.getReturnType());
    return builderOverload || noArgumentOperation || method.getName().endsWith("Paginator");
  }

  private Object send(Method method, DynamoDbRequest request) throws Throwable {
    DynamoDbRequest sent = returnConsumedCapacity == null
        ? request
        : ConsumedCapacities.withReturnConsumedCapacity(request, returnConsumedCapacity);
    long start = System.nanoTime();
    Object result;
    try {
      result = forward(method, new Object[] {sent});
    } catch (RuntimeException e) {
      observer.onError(sent, e, Duration.ofNanos(System.nanoTime() - start));
      throw e;
    }
    if (result instanceof DynamoDbResponse response) {
      observer.onResponse(sent, response, Duration.ofNanos(System.nanoTime() - start));
    }
    return result;
  }

  private Object forward(Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(delegate, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private Object objectMethod(Object proxy, Method method, Object[] args) {
    return switch (method.getName()) {
      case "equals" -> proxy == args[0];
      case "hashCode" -> System.identityHashCode(proxy);
      default -> "Observed[" + delegate + "]";
    };
  }
}
