package io.sable.engine.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.engine.api.validation.ApiModel.Shape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tab-separated API models that the engine reads at run time say exactly what the JSON models
 * they were written from say (bin/api-model writes both): every operation's input, every shape and
 * every constraint, member order and pattern included.
 */
class ApiModelTest {

  @ParameterizedTest
  @ValueSource(strings = {"dynamodb-2012-08-10", "dynamodbstreams-2012-08-10"})
  void load_whenComparedWithTheJsonModel_holdsTheSameOperationsAndShapes(String name) {
    ApiModel tsv = ApiModel.load(name);
    ApiModel json = ApiModel.loadJson(name);

    assertThat(tsv.inputs()).isEqualTo(json.inputs()).isNotEmpty();
    assertThat(tsv.shapes().keySet()).isEqualTo(json.shapes().keySet());
    for (Shape expected : json.shapes().values()) {
      Shape actual = tsv.shape(expected.name());
      assertThat(actual).usingRecursiveComparison().ignoringFields("compiledPattern").isEqualTo(expected);
      assertThat(actual.members().keySet()).containsExactlyElementsOf(expected.members().keySet());
      assertThat(actual.compiledPattern() == null ? null : actual.compiledPattern().pattern())
          .isEqualTo(expected.pattern());
    }
  }
}
