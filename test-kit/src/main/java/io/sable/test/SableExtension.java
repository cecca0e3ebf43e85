package io.sable.test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link SableTest}: one {@link SableTestContext} per test class (shared
 * by its {@code @Nested} classes), tables created before the first test, emptied per the {@link
 * TableLifecycle}, dropped after the class; fields and parameters injected.
 */
public final class SableExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, TestInstancePostProcessor, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SableExtension.class);
  private static final String CONTEXT = "context";
  private static final String OWNER = "owner";

  /** The context of the test running on this thread, for {@link SableAssertions#assertThatAccessPattern}. */
  private static final ThreadLocal<SableTestContext> CURRENT = new ThreadLocal<>();

  /** The context of the test class running on the current thread, if any. */
  static Optional<SableTestContext> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    SableTestContext sable = context(context);
    CURRENT.set(sable);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    SableTestContext sable = context(context);
    CURRENT.set(sable);
    sable.beforeEach();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    // Only the class that made the context closes it; @Nested classes share their outer class's.
    if (store.get(OWNER) != null && context.getUniqueId().equals(store.get(OWNER))) {
      store.get(CONTEXT, SableTestContext.class).close();
      CURRENT.remove();
    }
  }

  @Override
  public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws IllegalAccessException {
    SableTestContext sable = context(context);
    for (Class<?> type = testInstance.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || Modifier.isFinal(modifiers) || field.isSynthetic()
            || !sable.canResolve(field.getType())) {
          continue;
        }
        field.setAccessible(true);
        if (field.get(testInstance) == null) {
          field.set(testInstance, sable.resolve(field.getType()));
        }
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return context(context).canResolve(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context(context).resolve(parameter.getParameter().getType());
  }

  /** The class's context, made (and its tables created) on first use; lookups reach outer classes' stores. */
  private static SableTestContext context(ExtensionContext context) {
    ExtensionContext.Store store = context.getStore(NAMESPACE);
    SableTestContext existing = store.get(CONTEXT, SableTestContext.class);
    if (existing != null) {
      return existing;
    }
    ExtensionContext classContext = classContext(context);
    SableTest config = AnnotationSupport.findAnnotation(classContext.getRequiredTestClass(), SableTest.class)
        .orElseThrow(() -> new ExtensionConfigurationException(
            classContext.getRequiredTestClass().getName() + " uses SableExtension without @SableTest(tables = ...)"));
    SableTestContext created = new SableTestContext(classContext.getRequiredTestClass(), List.of(config.tables()),
        config.lifecycle(), List.of(config.fixtures()));
    ExtensionContext.Store classStore = classContext.getStore(NAMESPACE);
    classStore.put(CONTEXT, created);
    classStore.put(OWNER, classContext.getUniqueId());
    created.beforeAll();
    return created;
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext current = context;
    while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
      current = current.getParent().get();
    }
    return current;
  }
}
