package io.sable.processor.behaviour;

import java.math.BigDecimal;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

public final class MoneyConverter implements AttributeConverter<Money> {

  @Override
  public AttributeValue transformFrom(Money money) {
    return AttributeValue.fromS(money.amount().toPlainString() + " " + money.currency());
  }

  @Override
  public Money transformTo(AttributeValue value) {
    String[] parts = value.s().split(" ");
    return new Money(new BigDecimal(parts[0]), parts[1]);
  }

  @Override
  public EnhancedType<Money> type() {
    return EnhancedType.of(Money.class);
  }

  @Override
  public AttributeValueType attributeValueType() {
    return AttributeValueType.S;
  }
}
