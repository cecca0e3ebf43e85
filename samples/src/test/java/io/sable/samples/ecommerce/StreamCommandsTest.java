package io.sable.samples.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;

import io.sable.dynamodblocal.DynamoDbLocal;
import io.sable.samples.SampleRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The e-commerce sample's stream and Time to Live commands: a shipped order's notification (on the
 * engine and on DynamoDB Local alike), the audit log built from the stream, and cart items deleted
 * by Time to Live on a simulated clock.
 */
class StreamCommandsTest {

  /** Each test's own data directory: the commands write. */
  @TempDir
  Path dataDir;

  private SampleRun run(String... args) {
    List<String> all = new ArrayList<>(List.of("--today", "2026-11-22", "--data-dir", dataDir.toString()));
    all.addAll(List.of(args));
    return SampleRun.of("ecommerce", all);
  }

  @Test
  void notifyShipping_whenOrderShipped_printsTheNotificationOnBothBackends() {
    SampleRun engine = run("notify-shipping", "sana-0002");
    SampleRun remote;
    try (DynamoDbLocal local = DynamoDbLocal.start()) {
      String endpoint = local.endpoint().toString();
      assertThat(run("--endpoint", endpoint, "load").exitCode()).isZero();
      remote = run("--endpoint", endpoint, "notify-shipping", "sana-0002");
    }

    assertThat(engine.exitCode()).as(engine.err()).isZero();
    assertThat(engine.lines()).containsExactly("to sana: your order sana-0002 is now SHIPPED (was PENDING)", "count: 1");
    assertThat(remote.lines()).as(remote.err()).isEqualTo(engine.lines());
  }

  @Test
  void notifyShipping_whenOrderNotPending_notifiesNothingAndFails() {
    SampleRun result = run("notify-shipping", "no-such-order");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("error: no order 'no-such-order'");
  }

  @Test
  void auditLog_whenOrderPlacedAndShipped_logsEveryChangeInOrder() {
    SampleRun result = run("audit-log", "tomas", "LAMP-300:1");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.lines()).extracting(line -> line.replaceFirst("^\\d+ +", "").replaceAll(" +", " "))
        .containsExactlyInAnyOrder(
            "INSERT Order USER#tomas / ORDER#tomas-0003 by the application",
            "INSERT OrderLine ORDER#tomas-0003 / PRODUCT#LAMP-300 by the application",
            "MODIFY Product PRODUCT#LAMP-300 / METADATA by the application",
            "MODIFY Customer USER#tomas / PROFILE by the application",
            "MODIFY Order USER#tomas / ORDER#tomas-0003 by the application",
            "count: 5");
    assertThat(result.lines().get(4)).as("the shipping comes last").contains("MODIFY  Order");
  }

  @Test
  void cartExpiry_whenADayPasses_timeToLiveDeletesTheItemsAndTheStreamSaysSo() {
    SampleRun expired = run("cart-expiry", "ivo", "TENT-2P:1", "SOCK-3PK:2");
    SampleRun kept = run("cart-expiry", "--after", "23", "ivo", "TENT-2P:1");

    assertThat(expired.exitCode()).as(expired.err()).isZero();
    assertThat(expired.lines()).containsExactlyInAnyOrder(
        "expired: ivo  SOCK-3PK x 2  (expiry 2026-11-23T00:00:00Z)",
        "expired: ivo  TENT-2P x 1  (expiry 2026-11-23T00:00:00Z)",
        "count: 2");
    assertThat(kept.lines()).containsExactly("in cart: ivo  TENT-2P x 1  (expiry 2026-11-23T00:00:00Z)", "count: 1");
  }

  @Test
  void cartExpiry_whenAnEndpointIsGiven_refusesIt() {
    SampleRun result = run("--endpoint", "http://127.0.0.1:1", "cart-expiry", "ivo", "TENT-2P:1");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("cart-expiry runs on the embedded engine only");
  }
}
