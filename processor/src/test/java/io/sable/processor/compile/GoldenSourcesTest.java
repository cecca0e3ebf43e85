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
 * The sources generated for the flights model, compared with golden files character for character.
 *
 * <p>After a deliberate change to generated code, regenerate the golden files with
 * {@code mvn -pl processor -am test -Dtest=GoldenSourcesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dsable.golden.update=true} and review the diff.
 */
class GoldenSourcesTest {

  private static final Path MODEL = Path.of("src/test/resources/flights/com/example/flights");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/flights");

  @Test
  void process_whenFlightsModel_writesTheGoldenSources() throws IOException {
    List<JavaFileObject> sources;
    try (Stream<Path> files = Files.list(MODEL)) {
      sources = files.sorted().map(this::source).toList();
    }

    Compilation compilation = javac().withProcessors(new SableProcessor()).compile(sources);

    CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> generated = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String name = file.getName().substring(file.getName().lastIndexOf('/') + 1);
      generated.put(name, file.getCharContent(true).toString());
    }
    if (Boolean.getBoolean("sable.golden.update")) {
      rewriteGoldenFiles(generated);
    }
    assertThat(generated.keySet()).containsExactlyElementsOf(goldenFiles().keySet());
    goldenFiles().forEach((name, golden) -> assertThat(generated.get(name)).as(name).isEqualTo(golden));
  }

  private JavaFileObject source(Path path) {
    try {
      return JavaFileObjects.forSourceString(
          "com.example.flights." + path.getFileName().toString().replace(".java", ""),
          Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Map<String, String> goldenFiles() throws IOException {
    if (!Files.isDirectory(GOLDEN)) {
      return Map.of();
    }
    try (Stream<Path> files = Files.list(GOLDEN)) {
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

  private static void rewriteGoldenFiles(Map<String, String> generated) throws IOException {
    Files.createDirectories(GOLDEN);
    try (Stream<Path> old = Files.list(GOLDEN)) {
      for (Path path : old.toList()) {
        Files.delete(path);
      }
    }
    for (Map.Entry<String, String> file : generated.entrySet()) {
      Files.writeString(GOLDEN.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
  }
}
