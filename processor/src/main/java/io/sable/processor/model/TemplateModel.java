package io.sable.processor.model;

import io.sable.runtime.key.KeyTemplate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A key template as written in an annotation: parsed by the same {@link KeyTemplate} grammar that
 * generated code runs with, or the reason it could not be parsed.
 *
 * @param text the template text
 * @param template the parsed template, or null if malformed
 * @param error why the template is malformed, or null
 * @param source where it was written
 */
public record TemplateModel(String text, KeyTemplate template, String error, Source source) {

  /** Parses a template; a malformed one keeps its error for validation to report. */
  public static TemplateModel parse(String text, Source source) {
    try {
      return new TemplateModel(text, KeyTemplate.parse(text), null, source);
    } catch (IllegalArgumentException e) {
      return new TemplateModel(text, null, e.getMessage(), source);
    }
  }

  /** Whether the template was parsed. */
  public boolean isParsed() {
    return template != null;
  }

  /** The field names in template order; empty if malformed. */
  public List<String> fields() {
    return template == null ? List.of() : template.fields();
  }

  /** The write shard {@code {shard:N:field}} the template ends in, or null (also if malformed). */
  public KeyTemplate.Shard shard() {
    return template == null ? null : template.shard();
  }

  /**
   * The fields a key value is built from, each once, in template order: the template's fields, then
   * the shard's source field if it is not one of them.
   */
  public List<String> encoderFields() {
    Set<String> fields = new LinkedHashSet<>(fields());
    if (shard() != null) {
      fields.add(shard().sourceField());
    }
    return List.copyOf(fields);
  }

  /** The literal before field {@code index}, or after the last field when it equals the count. */
  public String literal(int index) {
    return template.literal(index);
  }

  /** All literal text of the template, in order. */
  public List<String> literals() {
    return template == null
        ? List.of()
        : java.util.stream.IntStream.rangeClosed(0, template.fieldCount()).mapToObj(template::literal).toList();
  }
}
