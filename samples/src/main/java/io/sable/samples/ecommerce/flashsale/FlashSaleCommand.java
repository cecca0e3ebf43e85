package io.sable.samples.ecommerce.flashsale;

import io.sable.engine.capacity.throughput.CapacityMetric;
import io.sable.engine.capacity.throughput.KeyContributor;
import io.sable.samples.ecommerce.EcommerceCommand;
import io.sable.samples.ecommerce.data.ShopData;
import io.sable.samples.ecommerce.flashsale.FlashSaleLoad.Model;
import io.sable.test.load.WorkloadRun;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code ecommerce flash-sale}: the same flash sale against the unsharded status index, which
 * throttles on one hot partition key, then against the sharded one, which holds; prints a minute
 * by minute table of each run, Contributor Insights' top keys and a summary.
 */
@Command(
    name = "flash-sale",
    mixinStandardHelpOptions = true,
    description = {
      "A flash sale on the embedded engine's virtual clock: orders at --rate per second for --minutes, against a "
          + "table and GSI1 each provisioned at --wcu write capacity units.",
      "First every pending order of the day is indexed under one GSI1 partition key (STATUS#PENDING#<day>), which "
          + "one partition serves at most 1,000 WCU a second however much is provisioned: it throttles. Then the "
          + "same sale with the key sharded ({shard:10:orderId}): it holds.",
      "Prints, per minute, orders placed, written and throttled, and GSI1's consumed against provisioned WCU; then "
          + "Contributor Insights' top GSI1 keys."
    })
public final class FlashSaleCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @ParentCommand
  private EcommerceCommand shop;

  @Option(names = "--rate", defaultValue = "1500", paramLabel = "ORDERS",
      description = "Orders placed per second (${DEFAULT-VALUE}).")
  private int rate;

  @Option(names = "--minutes", defaultValue = "3", description = "How long the sale runs, in minutes of engine time "
      + "(${DEFAULT-VALUE}).")
  private int minutes;

  @Option(names = "--wcu", defaultValue = "3000", paramLabel = "UNITS",
      description = "Write capacity units per second provisioned for the table and for GSI1 (${DEFAULT-VALUE}).")
  private long writeCapacityUnits;

  @Override
  public Integer call() {
    if (shop.isRemote()) {
      throw new ParameterException(spec.commandLine(), "flash-sale runs on the embedded engine's virtual clock; "
          + "it does not take --endpoint");
    }
    requirePositive(rate, "--rate");
    requirePositive(minutes, "--minutes");
    requirePositive(writeCapacityUnits, "--wcu");
    FlashSaleLoad sale = new FlashSaleLoad(shop.today(), rate, Duration.ofMinutes(minutes), writeCapacityUnits);
    ShopData data = ShopData.read(shop.today());
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "flash sale on %s: %,d orders a second for %d minute%s of engine time; table and GSI1 "
        + "provisioned at %,d WCU each%n", sale.day(), rate, minutes, minutes == 1 ? "" : "s", writeCapacityUnits);
    String unsharded = sale.run(Model.UNSHARDED, data, run -> print(out, "unsharded", run));
    String sharded = sale.run(Model.SHARDED, data, run -> print(out, "sharded", run));
    out.printf("%n%s%n%s%n", unsharded, sharded);
    out.flush();
    return 0;
  }

  private void requirePositive(long value, String option) {
    if (value <= 0) {
      throw new ParameterException(spec.commandLine(), option + " must be at least 1, not " + value);
    }
  }

  // Prints the run minute by minute and its top keys; returns its summary line.
  private static String print(PrintWriter out, String model, WorkloadRun run) {
    out.printf("%n%s: GSI1 partition key %s%n", model, model.equals("sharded")
        ? "STATUS#PENDING#<day>#{shard:10:orderId}" : "STATUS#PENDING#<day>");
    out.printf("%-6s %10s %10s %10s %12s %12s%n", "minute", "orders/s", "written/s", "throttled/s", "GSI1 WCU/s",
        "provisioned");
    List<WorkloadRun.Second> seconds = run.seconds();
    List<CapacityMetric> index = run.metrics("GSI1");
    for (int minute = 0; minute * 60 < seconds.size(); minute++) {
      List<WorkloadRun.Second> span = seconds.subList(minute * 60, Math.min(seconds.size(), minute * 60 + 60));
      double perSecond = span.size();
      CapacityMetric metric = minute < index.size() ? index.get(minute) : null;
      out.printf(Locale.ROOT, "%-6d %,10.0f %,10.0f %,10.0f %,12.0f %,12.0f%n", minute + 1,
          span.stream().mapToLong(WorkloadRun.Second::attempts).sum() / perSecond,
          span.stream().mapToLong(WorkloadRun.Second::succeeded).sum() / perSecond,
          span.stream().mapToLong(WorkloadRun.Second::throttled).sum() / perSecond,
          metric == null ? 0 : metric.consumedWriteCapacityUnits() / 60,
          metric == null ? 0 : metric.provisionedWriteCapacityUnits());
    }
    topKeys(out, "most throttled", run.topContributors("GSI1", true, 3), true);
    topKeys(out, "most accessed", run.topContributors("GSI1", false, 3), false);
    out.flush();
    return String.format(Locale.ROOT,
        "%-10s %,d orders placed, %,d written, %,d throttled (%.1f%%); GSI1 consumed %,.0f WCU/s",
        model + ":", run.attempts(), run.succeeded(), run.throttled(), 100 * run.throttleRate(),
        run.consumedWcuPerSecond("GSI1"));
  }

  private static void topKeys(PrintWriter out, String what, List<KeyContributor> keys, boolean throttled) {
    out.printf("Contributor Insights, GSI1, %s partition keys:%s%n", what, keys.isEmpty() ? " none" : "");
    for (KeyContributor key : keys) {
      out.printf(Locale.ROOT, "  %-40s %,12d %s%n", key.partitionKey(),
          throttled ? key.throttleEvents() : Math.round(key.consumedWriteCapacityUnits()),
          throttled ? "throttle events" : "WCU");
    }
  }
}
