package io.sable.processor.behaviour;

import static io.sable.processor.behaviour.KeysAndQueriesTest.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sable.runtime.write.OptimisticLockException;
import io.sable.runtime.write.TransactionFailedException;
import io.sable.runtime.write.UniqueConstraintException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Typed transactions, conditional writes, optimistic locking and unique fields. */
@ParameterizedClass(name = "on {0}")
@ValueSource(strings = {ShopTest.ENGINE, ShopTest.DYNAMODB_LOCAL})
class TransactionsTest extends ShopTest {

  private Customer withEmail(String id, String email) {
    return new Customer(id, "Customer " + id, 0, false, 'B', null, Optional.ofNullable(email), null, List.of(), Map.of());
  }

  @Test
  void transaction_whenEveryConditionHolds_appliesEveryAction() {
    Account from = shop.accountRepository().put(new Account("a", 100, 0));
    Account to = shop.accountRepository().put(new Account("b", 0, 0));

    shop.transaction()
        .update(shop.accountRepository().update("a", from.version()).setBalance(60)
            .condition(AccountAttributes.BALANCE.greaterThanOrEqualTo(40L)))
        .update(shop.accountRepository().update("b", to.version()).setBalance(40))
        .put(shop.orderRepository(), order("c1", "2024-05-01T00:00:00Z", 1, Status.PENDING, "40"))
        .execute();

    assertThat(shop.accountRepository().account("a")).contains(new Account("a", 60, 2));
    assertThat(shop.accountRepository().account("b")).contains(new Account("b", 40, 2));
    assertThat(shop.orderRepository().ordersOf("c1").list()).hasSize(1);
  }

  @Test
  void transaction_whenAConditionFails_writesNothingAndNamesTheAction() {
    Account from = shop.accountRepository().put(new Account("a", 10, 0));
    Account to = shop.accountRepository().put(new Account("b", 0, 0));

    assertThatThrownBy(() -> shop.transaction()
            .update(shop.accountRepository().update("b", to.version()).setBalance(40))
            .update(shop.accountRepository().update("a", from.version()).setBalance(-30)
                .condition(AccountAttributes.BALANCE.greaterThanOrEqualTo(40L)))
            .execute())
        .isInstanceOfSatisfying(TransactionFailedException.class, e -> {
          assertThat(e.failures()).singleElement().satisfies(f -> {
            assertThat(f.index()).isEqualTo(1);
            assertThat(f.entityType()).isEqualTo("Account");
            assertThat(f.reason()).isEqualTo(TransactionFailedException.Reason.CONDITION_FAILED);
            assertThat(f.code()).isEqualTo("ConditionalCheckFailed");
          });
        });
    assertThat(shop.accountRepository().account("a")).contains(from);
    assertThat(shop.accountRepository().account("b")).contains(to);
  }

  @Test
  void version_whenWriterIsStale_failsWithOptimisticLockAndWritesNothing() {
    Account first = shop.accountRepository().put(new Account("a", 10, 0));
    Account second = shop.accountRepository().put(new Account("a", 20, first.version()));

    assertThat(first.version()).isEqualTo(1);
    assertThat(second.version()).isEqualTo(2);
    assertThatThrownBy(() -> shop.accountRepository().put(new Account("a", 30, first.version())))
        .isInstanceOf(OptimisticLockException.class)
        .hasMessageContaining("Account")
        .hasMessageContaining("ACCOUNT#a")
        .hasMessageContaining("its version is no longer 1");
    assertThatThrownBy(() -> shop.accountRepository().put(new Account("a", 30, 0)))
        .isInstanceOf(OptimisticLockException.class)
        .hasMessageContaining("it already exists");
    assertThatThrownBy(() -> shop.accountRepository().update("a", 1).setBalance(5).apply())
        .isInstanceOf(OptimisticLockException.class);
    assertThatThrownBy(() -> shop.transaction()
            .update(shop.accountRepository().update("a", 1).setBalance(5)).execute())
        .isInstanceOfSatisfying(TransactionFailedException.class, e -> assertThat(e.failures().get(0).reason())
            .isEqualTo(TransactionFailedException.Reason.STALE_VERSION));
    assertThatThrownBy(() -> shop.accountRepository().delete(first)).isInstanceOf(OptimisticLockException.class);
    assertThat(shop.accountRepository().account("a")).contains(second);

    shop.accountRepository().delete(second);
    assertThat(shop.accountRepository().account("a")).isEmpty();
  }

  @Test
  void unique_whenValueTaken_rejectsTheWrite() {
    shop.customerRepository().put(withEmail("c1", "ada@example.com"));

    assertThatThrownBy(() -> shop.customerRepository().put(withEmail("c2", "ada@example.com")))
        .isInstanceOf(UniqueConstraintException.class)
        .hasMessageContaining("Customer.email 'ada@example.com' is already used by another Customer");
    assertThat(shop.customerRepository().get("c2")).isEmpty();
  }

  @Test
  void unique_whenValueChangesOrEntityIsDeleted_freesTheOldValue() {
    shop.customerRepository().put(withEmail("c1", "old@example.com"));
    shop.customerRepository().put(withEmail("c1", "new@example.com"));

    shop.customerRepository().put(withEmail("c2", "old@example.com"));
    assertThatThrownBy(() -> shop.customerRepository().put(withEmail("c3", "new@example.com")))
        .isInstanceOf(UniqueConstraintException.class);

    shop.customerRepository().delete("c1");
    shop.customerRepository().put(withEmail("c3", "new@example.com"));
    assertThat(dynamoDb.getItem(b -> b.tableName(tableName()).key(Map.of(
        "PK", AttributeValue.fromS("UNIQUE#Customer#email#new@example.com"),
        "SK", AttributeValue.fromS("UNIQUE#Customer#email#new@example.com")))).item())
        .containsEntry("owner", AttributeValue.fromS("PK=CUSTOMER#c3, SK=PROFILE"));
  }

  @Test
  void conditionalPutAndDelete_whenConditionFalse_throwConditionalCheckFailed() {
    shop.orderRepository().put(order("c1", "2024-05-01T00:00:00Z", 1, Status.PENDING, "40"));
    Order shipped = order("c1", "2024-05-01T00:00:00Z", 1, Status.SHIPPED, "40");

    assertThatThrownBy(() -> shop.orderRepository().put(shipped, OrderAttributes.STATUS.equalTo(Status.DELIVERED)))
        .isInstanceOf(ConditionalCheckFailedException.class);
    shop.orderRepository().put(shipped, OrderAttributes.STATUS.equalTo(Status.PENDING));
    assertThatThrownBy(() -> shop.orderRepository().delete(shipped, OrderAttributes.STATUS.equalTo(Status.PENDING)))
        .isInstanceOf(ConditionalCheckFailedException.class);
    assertThat(shop.orderRepository().ordersOf("c1").list()).containsExactly(shipped);
  }

  @Test
  void conditionCheck_whenFalse_cancelsTheTransaction() {
    shop.customerRepository().put(CustomerFixtures.customer("c1", 0));

    assertThatThrownBy(() -> shop.transaction()
            .conditionCheck(shop.customerRepository(), CustomerKeys.primaryKey("c1"), CustomerAttributes.VIP.equalTo(true))
            .put(shop.orderRepository(), order("c1", "2024-05-01T00:00:00Z", 1, Status.PENDING, "40"))
            .execute())
        .isInstanceOfSatisfying(TransactionFailedException.class, e -> assertThat(e.failures())
            .extracting(TransactionFailedException.Failure::index).containsExactly(0));
    assertThat(shop.orderRepository().ordersOf("c1").list()).isEmpty();
  }
}
