package io.sable.processor.compile;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.JavaFileObjects;
import io.sable.processor.SableProcessor;
import java.io.IOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The write-capacity and hot-partition sections of the generated {@code access-patterns.md}. */
class CapacityReportTest {

  private static final String TABLE = """
      package test;

      import io.sable.annotations.*;

      @Table(name = "Things", indexes = {
          @Index(name = "GSI1", partitionKey = "GSI1PK", sortKey = "GSI1SK"),
          @Index(name = "GSI2", partitionKey = "GSI2PK", sortKey = "GSI2SK")})
      interface Things {}
      """;

  private static String accessPatterns(String entity) throws IOException {
    Compilation compilation = javac().withProcessors(new SableProcessor()).compile(
        JavaFileObjects.forSourceString("test.Things", TABLE), JavaFileObjects.forSourceString("test.Model", entity));
    CompilationSubject.assertThat(compilation).succeeded();
    JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
        "META-INF/sable/test.Things/access-patterns.md").orElseThrow();
    return file.getCharContent(true).toString();
  }

  @Test
  void writeCapacity_whenItemIsAboveOneKilobyte_roundsUpPerTableAndIndexWrite() throws IOException {
    String doc = accessPatterns("""
        package test;

        import io.sable.annotations.*;

        @Entity(table = Things.class, itemSizeBytes = 2500)
        @PartitionKey("M#{id}")
        @SortKey("DATA")
        @IndexKey(index = "GSI1", partitionKey = "G#{group}", sortKey = "M#{id}")
        record Model(String id, String group) {}
        """);

    // 2500 B is 3 WCU; one GSI: put 3 + 3, an update changing the GSI key 3 + 2 * 3.
    assertThat(doc).contains("| Model | 2500 B | GSI1 | 6 | 6 | 9 | 6 |");
    assertThat(doc).contains("None: every partition key template has a field of high cardinality, or is sharded.");
  }

  @Test
  void hotPartitions_whenKeysAreConstantOrEnumOnly_listsThemButNotShardedOnes() throws IOException {
    String doc = accessPatterns("""
        package test;

        import io.sable.annotations.*;

        @Entity(table = Things.class)
        @PartitionKey("M#{id}")
        @SortKey("DATA")
        @IndexKey(index = "GSI1", partitionKey = "ALL", sortKey = "M#{id}")
        @IndexKey(index = "GSI2", partitionKey = "S#{state}#{active}", sortKey = "M#{id}")
        record Model(String id, State state, boolean active) {
          enum State { NEW, OLD }
        }
        """);

    assertThat(doc).contains("| Model | GSI1 | `ALL` | constant: every item has the same value | `ALL#{shard:10:id}` |");
    assertThat(doc).contains("| Model | GSI2 | `S#{state}#{active}` | low cardinality: only enum or boolean fields "
        + "(`state`, `active`) | `S#{state}#{active}#{shard:10:id}` |");
    assertThat(doc).doesNotContain("| Model | table |");
  }

  @Test
  void hotPartitions_whenKeyIsSharded_leavesItOutAndNotesTheShardsRead() throws IOException {
    String doc = accessPatterns("""
        package test;

        import io.sable.annotations.*;

        @Entity(table = Things.class)
        @PartitionKey("M#{id}")
        @SortKey("DATA")
        @IndexKey(index = "GSI1", partitionKey = "ALL#{shard:16:id}", sortKey = "M#{id}")
        @AccessPattern(name = "all", index = "GSI1")
        record Model(String id) {}
        """);

    assertThat(doc).doesNotContain("| Model | GSI1 | `ALL");
    assertThat(doc).contains("| `all` | Model | Query of each of 16 shards | GSI1 |");
    assertThat(doc).contains("at least 8 a page (16 queries)");
  }
}
