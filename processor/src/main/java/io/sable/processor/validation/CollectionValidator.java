package io.sable.processor.validation;

import io.sable.processor.model.CollectionModel;
import io.sable.processor.model.EntityModel;
import io.sable.processor.model.KeyModel;
import com.palantir.javapoet.TypeName;
import io.sable.processor.model.FieldModel;
import io.sable.processor.model.Source;
import io.sable.processor.model.TableModel;
import io.sable.processor.model.TemplateModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks an {@code @ItemCollection}: its members are entities that one Query can read together. */
final class CollectionValidator {

  private final Diagnostics diagnostics;

  CollectionValidator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  void validate(CollectionModel collection, TableModel table, List<EntityModel> entities) {
    String name = collection.element().getSimpleName().toString();
    if (!collection.isRecord()) {
      diagnostics.report(Message.COLLECTION_NOT_RECORD, collection.source(), name, name);
      return;
    }
    TemplateModel template = collection.partitionKey();
    if (!template.isParsed()) {
      diagnostics.report(Message.MALFORMED_TEMPLATE, template.source(), template.error());
      return;
    }
    if (collection.index() != null && table.index(collection.index()).isEmpty()) {
      diagnostics.report(Message.UNKNOWN_INDEX, collection.source(), collection.index(), table.name(),
          EntityValidator.declaredIndexes(table));
      return;
    }
    Set<String> seen = new HashSet<>();
    List<Segment> shape = null;
    for (CollectionModel.Member member : collection.members()) {
      Source source = Source.of(member.element());
      Optional<EntityModel> entity = entities.stream()
          .filter(e -> member.entity() != null && e.element().equals(member.entity())).findFirst();
      if (entity.isEmpty()) {
        diagnostics.report(Message.COLLECTION_MEMBER, source, member.name(), name, "does not hold an @Entity of "
            + "table " + table.name(), table.name());
        continue;
      }
      if (!seen.add(entity.get().entityType())) {
        diagnostics.report(Message.COLLECTION_MEMBER, source, member.name(), name, "holds "
            + entity.get().element().getSimpleName() + ", which another component holds already", table.name());
        continue;
      }
      Optional<KeyModel> key = entity.get().key(table, collection.index());
      if (key.isEmpty()) {
        diagnostics.report(Message.COLLECTION_MEMBER, source, member.name(), name, "holds "
            + entity.get().element().getSimpleName() + ", which is not in index " + collection.index(), table.name());
        continue;
      }
      if (key.get().isSharded()) {
        diagnostics.report(Message.COLLECTION_MEMBER, source, member.name(), name, "holds "
            + entity.get().element().getSimpleName() + ", whose partition key '" + key.get().partitionKey().text()
            + "' is write-sharded over " + key.get().shardCount() + " item collections, while an item collection is "
            + "read with one Query", table.name());
        continue;
      }
      List<Segment> memberShape = shapeOf(key.get().partitionKey(), entity.get());
      boolean sameLiterals = key.get().partitionKey().isParsed()
          && key.get().partitionKey().literals().equals(template.literals());
      if (memberShape == null || !sameLiterals || (shape != null && !shape.equals(memberShape))) {
        diagnostics.report(Message.COLLECTION_SHAPE, source, member.name(), name,
            entity.get().element().getSimpleName(), key.get().describe(), key.get().partitionKey().text(),
            template.text());
        continue;
      }
      shape = memberShape;
      boolean single = member.cardinality() != CollectionModel.Cardinality.LIST;
      if (single && !key.get().sortKeyFields().isEmpty()) {
        diagnostics.report(Message.COLLECTION_SINGLE_MEMBER, source, member.name(), name,
            entity.get().element().getSimpleName(), key.get().sortKey().text(),
            entity.get().element().getSimpleName());
      }
    }
  }

  /** One field of a partition key template: its type and format decide its encoding. */
  record Segment(TypeName type, String format) {}

  /** The segments of a partition key template, or null if a field is unknown or has no encoding. */
  static List<Segment> shapeOf(TemplateModel template, EntityModel entity) {
    if (!template.isParsed()) {
      return null;
    }
    List<Segment> segments = new ArrayList<>();
    for (int i = 0; i < template.fields().size(); i++) {
      Optional<FieldModel> field = entity.field(template.fields().get(i));
      if (field.isEmpty() || !field.get().kind().isKeySegment()) {
        return null;
      }
      segments.add(new Segment(field.get().valueType(), template.template().segmentFormat(i)));
    }
    return segments;
  }
}
