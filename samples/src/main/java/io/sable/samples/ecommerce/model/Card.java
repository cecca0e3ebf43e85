package io.sable.samples.ecommerce.model;

/**
 * A payment card: only its brand, last four digits and expiry are kept.
 *
 * @param userId the customer's id
 * @param methodId the method's id within the customer
 * @param brand the card network, such as {@code VISA}
 * @param last4 the last four digits of the card number
 * @param expires the expiry month, {@code yyyy-MM}
 */
public record Card(String userId, String methodId, String brand, String last4, String expires)
    implements PaymentMethod {

  @Override
  public String describe() {
    return brand + " ****" + last4 + " expires " + expires;
  }
}
