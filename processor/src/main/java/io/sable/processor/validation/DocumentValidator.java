package io.sable.processor.validation;

import io.sable.processor.model.DocumentModel;

/** Checks a {@code @Document} record: a record whose fields Sable can store. */
final class DocumentValidator {

  private final Diagnostics diagnostics;
  private final FieldValidator fields;

  DocumentValidator(Diagnostics diagnostics, FieldValidator fields) {
    this.diagnostics = diagnostics;
    this.fields = fields;
  }

  /** Reports the document's problems; returns whether it is free of errors. */
  boolean validate(DocumentModel document) {
    int before = diagnostics.errorCount();
    String name = document.element().getSimpleName().toString();
    if (!document.isRecord()) {
      diagnostics.report(Message.DOCUMENT_NOT_RECORD, document.source(), name, name);
      return false;
    }
    fields.validate(document.fields(), null);
    return diagnostics.errorCount() == before;
  }
}
