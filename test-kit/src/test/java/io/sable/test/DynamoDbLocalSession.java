package io.sable.test;

import io.sable.dynamodblocal.DynamoDbLocal;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * For this module's second test run only ({@code -Dsable.test.dynamodbLocal=true}, set by the POM):
 * starts DynamoDB Local in memory before any test and points {@code sable.test.endpoint} at it, so
 * that the same tests run against an endpoint exactly as a user's would with {@code
 * -Dsable.test.endpoint=http://127.0.0.1:8000}.
 */
public final class DynamoDbLocalSession implements LauncherSessionListener {

  private DynamoDbLocal local;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (Boolean.getBoolean("sable.test.dynamodbLocal")) {
      local = DynamoDbLocal.start();
      System.setProperty(SableTestContext.ENDPOINT_PROPERTY, local.endpoint().toString());
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (local != null) {
      System.clearProperty(SableTestContext.ENDPOINT_PROPERTY);
      local.close();
    }
  }
}
