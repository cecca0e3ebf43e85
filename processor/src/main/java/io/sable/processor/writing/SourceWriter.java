package io.sable.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.sable.processor.model.EntityModel;
import io.sable.processor.model.TableModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;

/** Writes every source file of one validated table: per entity its keys, schema, repository and update. */
public final class SourceWriter {

  private final Filer filer;

  public SourceWriter(Filer filer) {
    this.filer = filer;
  }

  /**
   * Writes the table class and each entity's classes.
   *
   * @throws UncheckedIOException if the filer cannot create a file (one already exists, for example)
   */
  public void write(TableModel table, List<EntityModel> entities) {
    Element[] all = new Element[entities.size() + 1];
    all[0] = table.element();
    for (int i = 0; i < entities.size(); i++) {
      EntityModel entity = entities.get(i);
      all[i + 1] = entity.element();
      Element[] origin = {entity.element(), table.element()};
      write(entity.className(), new KeysWriter(entity, table).write(), origin);
      write(entity.className(), new SchemaWriter(entity, table).write(), origin);
      write(entity.className(), new RepositoryWriter(entity, table).write(), origin);
      if (UpdateWriter.hasUpdate(entity, table)) {
        write(entity.className(), new UpdateWriter(entity, table).write(), origin);
      }
    }
    write(table.generatedClass(), new TableWriter(table, entities).write(), all);
  }

  private void write(ClassName next, TypeSpec type, Element... originatingElements) {
    TypeSpec.Builder withOrigins = type.toBuilder();
    for (Element element : originatingElements) {
      withOrigins.addOriginatingElement(element);
    }
    JavaFile file = JavaFile.builder(next.packageName(), withOrigins.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
    try {
      file.writeTo(filer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
