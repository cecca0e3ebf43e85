package io.sable.samples.ecommerce.flashsale;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.samples.SampleRun;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code ecommerce flash-sale}: one minute of 1,500 orders a second against a table and GSI1
 * provisioned at 3,000 WCU each. The rule it shows: "a single partition can support a maximum of
 * 3,000 read capacity units (RCUs) or 1,000 write capacity units (WCUs)" (DynamoDB Developer Guide,
 * "Best practices for designing and using partition keys effectively"), so one GSI partition key
 * takes at most 1,000 one-WCU orders a second however much the index is provisioned, while ten
 * shards of it take 150 each.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlashSaleCommandTest {

  private static final Pattern SUMMARY = Pattern.compile(
      "(\\w+): +([\\d,]+) orders placed, ([\\d,]+) written, ([\\d,]+) throttled \\(.*\\); GSI1 consumed ([\\d,]+) WCU/s");

  private SampleRun run;

  @BeforeAll
  void runTheSale() {
    run = SampleRun.of("ecommerce", "--today", "2026-12-05", "flash-sale", "--minutes", "1");
  }

  @Test
  void flashSale_unsharded_throttlesOnTheOneStatusKeyAtAPartitionsThousandWcu() {
    assertThat(run.exitCode()).as(run.err()).isZero();
    long[] unsharded = summary("unsharded");

    assertThat(unsharded[0]).isEqualTo(90_000);
    assertThat(unsharded[0]).isEqualTo(unsharded[1] + unsharded[2]);
    // 60 seconds at 1,000 WCU, and at most one second's worth more (the partition's bucket is full at the start).
    assertThat(unsharded[1]).isBetween(60_000L, 61_000L);
    assertThat(unsharded[3]).isBetween(1_000L, 1_017L);
    assertThat(section("unsharded")).contains(
        "Contributor Insights, GSI1, most throttled partition keys:",
        "  STATUS#PENDING#2026-12-05                      29,000 throttle events");
  }

  @Test
  void flashSale_sharded_writesEveryOrderOverTenKeys() {
    long[] sharded = summary("sharded");

    assertThat(sharded).containsExactly(90_000, 90_000, 0, 1_500);
    List<String> section = section("sharded");
    assertThat(section).contains("Contributor Insights, GSI1, most throttled partition keys: none");
    assertThat(section.stream().filter(line -> line.matches("  STATUS#PENDING#2026-12-05#\\d +[\\d,]+ WCU")))
        .hasSize(3);
  }

  @Test
  void flashSale_printsEachMinuteAgainstTheProvisionedCapacity() {
    assertThat(section("unsharded")).contains("1           1,500      1,017        483        1,017        3,000");
    assertThat(section("sharded")).contains("1           1,500      1,500          0        1,500        3,000");
  }

  @Test
  void flashSale_withAnEndpoint_isRefusedBecauseItRunsOnVirtualTime() {
    SampleRun remote = SampleRun.of("ecommerce", "--endpoint", "http://localhost:1", "flash-sale");

    assertThat(remote.exitCode()).isEqualTo(2);
    assertThat(remote.err()).contains("flash-sale runs on the embedded engine's virtual clock");
  }

  @Test
  void flashSale_withNoOrders_isAUsageError() {
    SampleRun none = SampleRun.of("ecommerce", "flash-sale", "--rate", "0");

    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("--rate must be at least 1, not 0");
  }

  /** Placed, written, throttled and GSI1 WCU/s of the model's summary line. */
  private long[] summary(String model) {
    for (String line : run.lines()) {
      Matcher m = SUMMARY.matcher(line);
      if (m.matches() && m.group(1).equals(model)) {
        return new long[] {number(m.group(2)), number(m.group(3)), number(m.group(4)), number(m.group(5))};
      }
    }
    throw new AssertionError("no summary of " + model + " in:\n" + run.out());
  }

  /** The lines printed for the model's run, from its title to the next blank line. */
  private List<String> section(String model) {
    List<String> lines = run.lines();
    int start = lines.indexOf(lines.stream().filter(l -> l.startsWith(model + ": GSI1")).findFirst().orElseThrow());
    int end = start;
    while (end < lines.size() && !lines.get(end).isEmpty()) {
      end++;
    }
    return lines.subList(start, end);
  }

  private static long number(String digits) {
    return Long.parseLong(digits.replace(",", ""));
  }
}
