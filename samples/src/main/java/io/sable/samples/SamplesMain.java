package io.sable.samples;

import io.sable.samples.ecommerce.EcommerceCommand;
import io.sable.samples.flights.FlightsCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ScopeType;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/** The samples' command line: {@code sable-samples flights|ecommerce <command>}. */
@Command(
    name = "sable-samples",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT,
    versionProvider = SamplesMain.Version.class,
    description = "Sable's sample applications, on real data.",
    subcommands = {FlightsCommand.class, EcommerceCommand.class, HelpCommand.class})
public final class SamplesMain {

  /** The engine's logger: its INFO lines (snapshot loaded in N ms) are not for the samples' users. */
  private static final Logger ENGINE_LOG = Logger.getLogger("io.sable.engine");

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    ENGINE_LOG.setLevel(Level.WARNING);
    System.exit(commandLine().execute(args));
  }

  /**
   * The command line. Every command and subcommand takes {@code -h/--help} and {@code
   * -V/--version}; a {@link SampleError} and DynamoDB's errors (a missing table, a rejected
   * request) are reported as one line, {@code error: ...}, with status 1, rather than a stack trace.
   */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new SamplesMain());
    commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
      String message = message(e, cmd);
      if (message == null) {
        throw e;
      }
      cmd.getErr().println("error: " + message);
      cmd.getErr().flush();
      return 1;
    });
    return commandLine;
  }

  /** The one line that reports {@code e}, or {@code null} for a bug (a stack trace). */
  private static String message(Exception e, CommandLine cmd) {
    if (e instanceof SampleError) {
      return e.getMessage();
    }
    if (e instanceof ResourceNotFoundException) {
      for (CommandLine c = cmd; c != null; c = c.getParent()) {
        if (c.getCommand() instanceof SampleCommand sample && sample.isRemote()) {
          return "table " + sample.tableName() + " does not exist at " + sample.endpoint() + "; run `bin/"
              + c.getCommandName() + " --endpoint " + sample.endpoint()
              + (sample.tableName().equals(sample.defaultTableName()) ? "" : " --table " + sample.tableName())
              + " load` first";
        }
      }
    }
    if (e instanceof SdkException sdk) {
      return sdk instanceof AwsServiceException service && service.awsErrorDetails() != null
          ? service.awsErrorDetails().errorCode() + ": " + service.awsErrorDetails().errorMessage()
          : sdk.getMessage();
    }
    return null;
  }

  /** {@code -V}: the samples' version, from the build. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties properties = new Properties();
      try (InputStream in = SamplesMain.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"Sable samples " + properties.getProperty("version", "(unknown version)")};
    }
  }
}
