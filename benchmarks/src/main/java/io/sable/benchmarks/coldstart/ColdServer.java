package io.sable.benchmarks.coldstart;

import io.sable.dynoxide.DynoxideBinary;
import io.sable.engine.server.ServerMain;
import io.sable.loopback.LoopbackEndpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A server started cold, the way a user starts it: {@code serve} from the shaded jar as {@code
 * bin/serve} runs it (with and without its class-data sharing archive), or the dynoxide binary.
 */
enum ColdServer {
  /** {@code java -jar server/target/sable-server.jar serve}, no archive. */
  SERVE("serve"),
  /** The same with {@code -XX:SharedArchiveFile=server/target/sable-server.jsa}, as bin/serve runs it. */
  SERVE_CDS("serve + AppCDS archive"),
  /** {@code dynoxide --port N}, in memory, native. */
  DYNOXIDE("dynoxide");

  final String label;

  ColdServer(String label) {
    this.label = label;
  }

  /**
   * The command that starts this server on {@code port}, or null when it cannot run here (no
   * archive: the server module was not packaged).
   */
  List<String> command(int port) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path jar = serverTarget().resolve("sable-server.jar");
    Path archive = serverTarget().resolve("sable-server.jsa");
    List<String> command = new ArrayList<>();
    switch (this) {
      case SERVE, SERVE_CDS -> {
        command.add(java);
        if (this == SERVE_CDS) {
          if (!Files.isRegularFile(archive) || !Files.isRegularFile(jar)) {
            return null;
          }
          command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        if (Files.isRegularFile(jar)) {
          command.addAll(List.of("-jar", jar.toString()));
        } else {
          command.addAll(List.of("-cp", System.getProperty("java.class.path"), ServerMain.class.getName()));
        }
        command.addAll(List.of("serve", "--port", Integer.toString(port)));
      }
      case DYNOXIDE -> command.addAll(List.of(DynoxideBinary.locate().toString(),
          "--host", LoopbackEndpoint.HOST, "--port", Integer.toString(port)));
    }
    return command;
  }

  /** {@code server/target} of this checkout: bin/bench runs in its root, the tests in {@code benchmarks/}. */
  static Path serverTarget() {
    Path here = Path.of("").toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("server/pom.xml"))) {
        return dir.resolve("server/target");
      }
    }
    return here.resolve("server/target");
  }
}
