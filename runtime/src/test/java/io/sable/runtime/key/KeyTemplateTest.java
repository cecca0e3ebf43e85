package io.sable.runtime.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyTemplateTest {

  @Test
  void parse_whenTemplateHasFieldsAndLiterals_exposesThemInOrder() {
    KeyTemplate template = KeyTemplate.parse("DEP#{departure}#{id}");

    assertThat(template.fields()).containsExactly("departure", "id");
    assertThat(template.literal(0)).isEqualTo("DEP#");
    assertThat(template.literal(1)).isEqualTo("#");
    assertThat(template.literal(2)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "A#{a|unmatched '{'",
        "A#a}|unmatched '}'",
        "A#{}|field without a name",
        "{a}{b}|no literal between them",
        "{a{b}}|unmatched '{'"
      })
  void parse_whenMalformed_throwsNamingTheProblem(String template, String message) {
    assertThatThrownBy(() -> KeyTemplate.parse(template))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void format_whenSegmentsGiven_joinsThemWithLiterals() {
    KeyTemplate template = KeyTemplate.parse("DEP#{departure}#{id}");

    assertThat(template.format("2001-01-13T14:56:00", "0000000042")).isEqualTo("DEP#2001-01-13T14:56:00#0000000042");
    assertThat(template.prefix()).isEqualTo("DEP#");
    assertThat(template.prefix("2001-01-13T14:56:00")).isEqualTo("DEP#2001-01-13T14:56:00#");
  }

  @Test
  void format_whenLiteralOnly_givesTheLiteral() {
    KeyTemplate template = KeyTemplate.parse("PROFILE");

    assertThat(template.format()).isEqualTo("PROFILE");
    assertThat(template.split("PROFILE")).isEmpty();
    assertThatThrownBy(() -> template.split("PROFILE2")).hasMessageContaining("does not match");
  }

  @Test
  void format_whenSegmentHidesTheNextLiteral_isRejected() {
    KeyTemplate template = KeyTemplate.parse("ROUTE#{origin}#{destination}");

    assertThatThrownBy(() -> template.format("SE#A", "SFO"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("{origin} must not contain '#'");
    assertThat(template.format("SEA", "SF#O")).isEqualTo("ROUTE#SEA#SF#O");
  }

  @Test
  void format_whenMultiCharacterLiteralOverlapsSegment_isRejected() {
    KeyTemplate template = KeyTemplate.parse("{a}##{b}");

    assertThatThrownBy(() -> template.format("x#", "y")).hasMessageContaining("{a} must not contain '##'");
  }

  @Test
  void format_whenSegmentNull_namesTheField() {
    KeyTemplate template = KeyTemplate.parse("AIRPORT#{iata}");

    assertThatThrownBy(() -> template.format((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("field {iata} is null");
  }

  @ParameterizedTest
  @CsvSource({"DEP#x", "DAP#1#2", "DEP#1"})
  void split_whenKeyDoesNotMatch_throws(String key) {
    KeyTemplate template = KeyTemplate.parse("DEP#{a}#{b}");

    assertThatThrownBy(() -> template.split(key)).hasMessageContaining("does not match key template 'DEP#{a}#{b}'");
  }

  @Test
  void split_whenTrailingLiteral_stripsIt() {
    KeyTemplate template = KeyTemplate.parse("V{version}#END");

    assertThat(template.split("V12#END")).containsExactly("12");
    assertThatThrownBy(() -> template.split("V12#EN")).hasMessageContaining("does not match");
  }

  @Property
  void split_whenFormatAccepted_returnsTheSegments(@ForAll String a, @ForAll String b, @ForAll String c) {
    KeyTemplate template = KeyTemplate.parse("X#{a}|{b}::{c}");
    String key;
    try {
      key = template.format(a, b, c);
    } catch (IllegalArgumentException rejected) {
      assertThat(a.contains("|") || (b + "::").indexOf("::") != b.length()).isTrue();
      return;
    }
    assertThat(template.split(key)).containsExactly(a, b, c);
  }
}
