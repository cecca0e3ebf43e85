package io.sable.samples.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ResultTableTest {

  private static ResultTable routes() {
    return ResultTable.of("route", "routes", "origin", "destination", "flights", "averageDelay")
        .row("SEA", "ANC", 7, new BigDecimal("12.5"))
        .row("SEA", "LAX", 112, new BigDecimal("-3.0"));
  }

  @Test
  void table_alignsTextLeftAndNumbersRight_underAHeader_thenCounts() {
    assertThat(routes().render(OutputFormat.table)).isEqualTo("""
        origin  destination  flights  averageDelay
        SEA     ANC                7          12.5
        SEA     LAX              112          -3.0
        2 routes
        """);
  }

  @Test
  void table_whenOneRow_countsInTheSingular_andWhenNoneInThePlural() {
    ResultTable one = ResultTable.of("flight", "flights", "id").row(1);

    assertThat(one.render(OutputFormat.table).lines().toList()).last().isEqualTo("1 flight");
    assertThat(ResultTable.of("flight", "flights", "id").render(OutputFormat.table)).isEqualTo("0 flights\n");
    assertThat(ResultTable.count(20_000, "flight", "flights")).isEqualTo("20,000 flights");
  }

  @Test
  void json_isAnArrayOfObjects_withNumbersAsNumbers() throws Exception {
    JsonNode json = new ObjectMapper().readTree(routes().render(OutputFormat.json));

    assertThat(json.isArray()).isTrue();
    assertThat(json).hasSize(2);
    assertThat(json.get(1).get("destination").asText()).isEqualTo("LAX");
    assertThat(json.get(1).get("flights").isInt()).isTrue();
    assertThat(json.get(0).get("averageDelay").decimalValue()).isEqualByComparingTo("12.5");
  }

  @Test
  void csv_quotesFieldsWithCommasQuotesOrLineBreaks() {
    String csv = ResultTable.of("airport", "airports", "iata", "name")
        .row("ANC", "Ted Stevens, Anchorage")
        .row("XYZ", "the \"best\" airport")
        .row("ABC", "plain")
        .render(OutputFormat.csv);

    assertThat(csv).isEqualTo("iata,name\nANC,\"Ted Stevens, Anchorage\"\nXYZ,\"the \"\"best\"\" airport\"\nABC,plain\n");
  }

  @Test
  void csv_whenNoRows_printsTheHeader() {
    assertThat(ResultTable.of("flight", "flights", "id", "origin").render(OutputFormat.csv)).isEqualTo("id,origin\n");
  }

  @Test
  void row_whenValuesDoNotMatchTheColumns_isRefused() {
    assertThatThrownBy(() -> ResultTable.of("flight", "flights", "id", "origin").row(1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
