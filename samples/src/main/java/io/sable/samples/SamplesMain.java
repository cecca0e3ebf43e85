package io.sable.samples;

import io.sable.samples.ecommerce.EcommerceCommand;
import io.sable.samples.flights.FlightsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** The samples' command line: {@code sable-samples flights|ecommerce <command>}. */
@Command(
    name = "sable-samples",
    mixinStandardHelpOptions = true,
    description = "Sable's sample applications, on real data.",
    subcommands = {FlightsCommand.class, EcommerceCommand.class, HelpCommand.class})
public final class SamplesMain {

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * The command line, with DynamoDB errors reported as one line (status 1) rather than a stack
   * trace: a missing table, an unreachable endpoint, a rejected request.
   */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new SamplesMain());
    commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
      if (e instanceof SdkException sdk) {
        String detail = sdk instanceof AwsServiceException service && service.awsErrorDetails() != null
            ? service.awsErrorDetails().errorCode() + ": " + service.awsErrorDetails().errorMessage()
            : sdk.getMessage();
        cmd.getErr().println("error: " + detail);
        cmd.getErr().flush();
        return 1;
      }
      throw e;
    });
    return commandLine;
  }
}
