package io.sable.processor.compile;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.JavaFileObjects;
import io.sable.processor.SableProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The sources and resources generated for two models, compared with golden files character for
 * character: the flights model in {@code src/test/resources/flights}, and the shop model of the
 * behaviour tests, which uses every modelling feature.
 *
 * <p>After a deliberate change to generated code, regenerate the golden files with
 * {@code mvn -pl processor -am test -Dtest=GoldenSourcesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dsable.golden.update=true} and review the diff. Resources keep their file names only, so the
 * two models' folders hold {@code access-patterns.md} and friends next to the sources.
 */
class GoldenSourcesTest {

  @Test
  void process_whenFlightsModel_writesTheGoldenFiles() throws IOException {
    assertGolden(Path.of("src/test/resources/flights/com/example/flights"), "com.example.flights.",
        Path.of("src/test/resources/golden/flights"), true);
  }

  @Test
  void process_whenShopModel_writesTheGoldenFiles() throws IOException {
    assertGolden(Path.of("src/test/java/io/sable/processor/behaviour"), "io.sable.processor.behaviour.",
        Path.of("src/test/resources/golden/shop"), false);
  }

  private void assertGolden(Path model, String packagePrefix, Path golden, boolean withoutWarnings)
      throws IOException {
    List<JavaFileObject> sources;
    try (Stream<Path> files = Files.list(model)) {
      sources = files.sorted()
          .filter(p -> !p.getFileName().toString().endsWith("Test.java"))
          .filter(p -> !p.getFileName().toString().equals("CustomerFixtures.java"))
          .map(p -> source(p, packagePrefix)).toList();
    }

    Compilation compilation = javac().withProcessors(new SableProcessor()).compile(sources);

    if (withoutWarnings) {
      CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
    } else {
      CompilationSubject.assertThat(compilation).succeeded();
    }
    Map<String, String> generated = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        continue;
      }
      String name = file.getName().substring(file.getName().lastIndexOf('/') + 1);
      generated.put(name, file.getCharContent(true).toString());
    }
    if (Boolean.getBoolean("sable.golden.update")) {
      rewriteGoldenFiles(golden, generated);
    }
    assertThat(generated.keySet()).containsExactlyElementsOf(goldenFiles(golden).keySet());
    goldenFiles(golden).forEach((name, content) -> assertThat(generated.get(name)).as(name).isEqualTo(content));
  }

  private static JavaFileObject source(Path path, String packagePrefix) {
    try {
      return JavaFileObjects.forSourceString(
          packagePrefix + path.getFileName().toString().replace(".java", ""),
          Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Map<String, String> goldenFiles(Path golden) throws IOException {
    if (!Files.isDirectory(golden)) {
      return Map.of();
    }
    try (Stream<Path> files = Files.list(golden)) {
      return files.collect(Collectors.toMap(
          p -> p.getFileName().toString(),
          p -> {
            try {
              return Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          },
          (a, b) -> a,
          TreeMap::new));
    }
  }

  private static void rewriteGoldenFiles(Path golden, Map<String, String> generated) throws IOException {
    Files.createDirectories(golden);
    try (Stream<Path> old = Files.list(golden)) {
      for (Path path : old.toList()) {
        Files.delete(path);
      }
    }
    for (Map.Entry<String, String> file : generated.entrySet()) {
      Files.writeString(golden.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
  }
}
