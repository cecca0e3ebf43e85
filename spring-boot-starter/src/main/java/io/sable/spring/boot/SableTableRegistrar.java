package io.sable.spring.boot;

import io.sable.runtime.table.TableClass;
import java.beans.Introspector;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;

/**
 * Registers a bean for each table class in {@code sable.tables} ({@code flightsTable}) and for each
 * of its repositories ({@code flightRepository}), all taken from the {@link SableTables} bean. Bean
 * types are the generated classes, so they inject by type; a bean of the same name that the
 * application defines itself is left alone.
 */
class SableTableRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware, BeanFactoryAware,
    BeanClassLoaderAware {

  private Environment environment;
  private BeanFactory beanFactory;
  private ClassLoader classLoader;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void setBeanFactory(BeanFactory beanFactory) {
    this.beanFactory = beanFactory;
  }

  @Override
  public void setBeanClassLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  /**
   * The classes named by {@code sable.tables}.
   *
   * @throws IllegalArgumentException if a class is missing (saying so when the annotation processor did
   *     not run) or not a generated table class
   */
  static List<Class<?>> tableClasses(Environment environment, ClassLoader classLoader) {
    List<String> names = Binder.get(environment).bind("sable.tables", Bindable.listOf(String.class)).orElse(List.of());
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      try {
        Class<?> type = ClassUtils.forName(name.trim(), classLoader);
        TableClass.of(type);
        classes.add(type);
      } catch (ClassNotFoundException | LinkageError e) {
        throw new IllegalArgumentException("sable.tables names " + name + ", which is not on the classpath"
            + TableClass.whyMissing(name.trim(), classLoader).map(why -> ": " + why).orElse(""), e);
      }
    }
    return classes;
  }

  @Override
  public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
    for (Class<?> type : tableClasses(environment, classLoader)) {
      register(registry, type, () -> beanFactory.getBean(SableTables.class).table(type));
      for (TableClass.Repository repository : TableClass.of(type).repositories()) {
        Class<?> repositoryType = repository.type();
        register(registry, repositoryType, () -> beanFactory.getBean(SableTables.class).repository(repositoryType));
      }
    }
  }

  private static <T> void register(BeanDefinitionRegistry registry, Class<T> type, Supplier<?> supplier) {
    String name = Introspector.decapitalize(type.getSimpleName());
    if (!registry.containsBeanDefinition(name)) {
      registry.registerBeanDefinition(name,
          BeanDefinitionBuilder.genericBeanDefinition(type, () -> type.cast(supplier.get())).getBeanDefinition());
    }
  }
}
