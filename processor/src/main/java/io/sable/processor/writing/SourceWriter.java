package io.sable.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.sable.processor.model.CollectionModel;
import io.sable.processor.model.DocumentModel;
import io.sable.processor.model.EntityModel;
import io.sable.processor.model.TableModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.StandardLocation;

/**
 * Writes every file of one validated table (per entity its keys, schema, attributes, repository and
 * update; the table class; the documentation and infrastructure resources), and the schema of each
 * validated {@code @Document}.
 */
public final class SourceWriter {

  private final Filer filer;

  public SourceWriter(Filer filer) {
    this.filer = filer;
  }

  /**
   * Writes the table class, each entity's classes, and the table's resources.
   *
   * @throws UncheckedIOException if the filer cannot create a file (one already exists, for example)
   */
  public void write(TableModel table, List<EntityModel> entities, List<CollectionModel> collections) {
    List<Element> all = new ArrayList<>();
    all.add(table.element());
    for (EntityModel entity : entities) {
      all.add(entity.element());
      Element[] origin = {entity.element(), table.element()};
      write(entity.className(), new KeysWriter(entity, table).write(), origin);
      if (entity.isSealed()) {
        for (EntityModel subtype : entity.subtypes()) {
          write(subtype.className(), new SchemaWriter(subtype, entity, table).write(), origin);
        }
        write(entity.className(), new SchemaWriter(entity, entity, table).writeSealed(), origin);
      } else {
        write(entity.className(), new SchemaWriter(entity, entity, table).write(), origin);
      }
      write(entity.className(), new AttributesWriter(entity).write(), origin);
      write(entity.className(), new RepositoryWriter(entity, table).write(), origin);
      if (UpdateWriter.hasUpdate(entity, table)) {
        write(entity.className(), new UpdateWriter(entity, table).write(), origin);
      }
    }
    collections.forEach(collection -> all.add(collection.element()));
    Element[] origins = all.toArray(Element[]::new);
    write(table.generatedClass(), new TableWriter(table, entities, collections).write(), origins);
    ResourcesWriter resources = new ResourcesWriter(table, entities, collections);
    for (Map.Entry<String, String> file : resources.write().entrySet()) {
      writeResource(resources.folder() + "/" + file.getKey(), file.getValue(), origins);
    }
  }

  /** Writes a {@code @Document} record's schema. */
  public void write(DocumentModel document) {
    write(document.className(), new DocumentSchemaWriter(document).write(), document.element());
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

  private void writeResource(String path, String content, Element... originatingElements) {
    try (Writer writer = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, originatingElements)
        .openWriter()) {
      writer.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
