package io.sable.processor.compile;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.JavaFileObjects;
import io.sable.processor.SableProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The processor across rounds, with another processor generating sources in the first round. */
class ProcessingRoundsTest {

  private static final JavaFileObject THINGS = JavaFileObjects.forSourceString("test.Things", """
      package test;

      import io.sable.annotations.*;

      @Table(name = "Things")
      interface Things {}
      """);

  /** Writes one source file in the first round. */
  private static final class GeneratingProcessor extends AbstractProcessor {
    private final String name;
    private final String source;
    private boolean done;

    GeneratingProcessor(String name, String source) {
      this.name = name;
      this.source = source;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer writer = processingEnv.getFiler().createSourceFile(name).openWriter()) {
          writer.write(source);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void process_whenComponentTypeIsGeneratedLater_defersTheEntityAndSucceeds() {
    JavaFileObject thing = JavaFileObjects.forSourceString("test.Thing", """
        package test;

        import io.sable.annotations.*;

        @Entity(table = Things.class)
        @PartitionKey("THING#{id}")
        @SortKey("COLOR#{color}")
        record Thing(String id, Color color) {}
        """);
    GeneratingProcessor colors = new GeneratingProcessor("test.Color", "package test; enum Color { BLUE, RED }");

    Compilation compilation = javac().withProcessors(colors, new SableProcessor()).compile(THINGS, thing);

    CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
    CompilationSubject.assertThat(compilation).generatedSourceFile("test.ThingKeys")
        .contentsAsUtf8String().contains("SegmentCodecs.enumCodec(Color.class)");
    CompilationSubject.assertThat(compilation).generatedSourceFile("test.ThingsTable")
        .contentsAsUtf8String().contains("ThingRepository thingRepository()");
  }

  @Test
  void process_whenEntityGeneratedAfterItsTableWasWritten_reportsLateEntity() {
    JavaFileObject thing = JavaFileObjects.forSourceString("test.Thing", """
        package test;

        import io.sable.annotations.*;

        @Entity(table = Things.class)
        @PartitionKey("THING#{id}")
        @SortKey("DATA")
        record Thing(String id) {}
        """);
    GeneratingProcessor late = new GeneratingProcessor("test.Late", """
        package test;

        import io.sable.annotations.*;

        @Entity(table = Things.class)
        @PartitionKey("LATE#{id}")
        @SortKey("DATA")
        record Late(String id) {}
        """);

    Compilation compilation = javac().withProcessors(late, new SableProcessor()).compile(THINGS, thing);

    CompilationSubject.assertThat(compilation).failed();
    // The file is generated, so compile-testing cannot name it; the diagnostic itself can.
    assertThat(compilation.errors())
        .anySatisfy(error -> {
          assertThat(error.getMessage(null)).startsWith(
              "[SableLateEntity] @Entity Late was generated in a later processing round than table Things");
          assertThat(error.getSource().getName()).endsWith("test/Late.java");
          assertThat(error.getLineNumber()).isEqualTo(5);
        });
  }
}
