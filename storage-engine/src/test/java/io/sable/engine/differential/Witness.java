package io.sable.engine.differential;

import io.sable.dynamodblocal.DynamoDbLocal;
import io.sable.dynoxide.Dynoxide;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A DynamoDB emulator the engine is compared against in differential tests. Neither is the truth:
 * real DynamoDB, as documented by AWS and observed in captured responses, is the reference, and
 * where a witness departs from it the test records which source decided ({@link
 * ModelConstraintWordings} for DynamoDB Local's own wordings, {@link DynoxideDepartures} for
 * dynoxide).
 */
enum Witness {
  /** Amazon DynamoDB Local 3.x, in this JVM ({@link DynamoDbLocal}). */
  DYNAMODB_LOCAL("DynamoDB Local") {
    @Override
    Started start() {
      DynamoDbLocal local = DynamoDbLocal.start();
      return new Started(this, local.client(), local);
    }
  },
  /** dynoxide 1.2.1, a child process ({@link Dynoxide}). */
  DYNOXIDE("dynoxide") {
    @Override
    Started start() {
      Dynoxide dynoxide = Dynoxide.start();
      return new Started(this, dynoxide.client(), dynoxide);
    }
  };

  private final String label;

  Witness(String label) {
    this.label = label;
  }

  /** Starts a fresh, empty instance on loopback. */
  abstract Started start();

  /** The name failure messages use: "engine vs dynoxide". */
  @Override
  public String toString() {
    return label;
  }

  /** A running witness and a client for it; closing it closes both. */
  record Started(Witness witness, DynamoDbClient client, AutoCloseable server) implements AutoCloseable {
    @Override
    public void close() {
      client.close();
      try {
        server.close();
      } catch (Exception e) {
        throw new IllegalStateException(witness + " did not stop cleanly", e);
      }
    }
  }
}
