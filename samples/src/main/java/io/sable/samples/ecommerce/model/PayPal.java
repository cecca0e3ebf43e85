package io.sable.samples.ecommerce.model;

/**
 * A PayPal account.
 *
 * @param userId the customer's id
 * @param methodId the method's id within the customer
 * @param account the PayPal account's e-mail address
 */
public record PayPal(String userId, String methodId, String account) implements PaymentMethod {

  @Override
  public String describe() {
    return "PayPal " + account;
  }
}
