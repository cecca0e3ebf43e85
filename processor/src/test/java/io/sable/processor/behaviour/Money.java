package io.sable.processor.behaviour;

import java.math.BigDecimal;

/** A value the Enhanced Client has no converter for: {@link MoneyConverter} stores it as "12.50 EUR". */
record Money(BigDecimal amount, String currency) {}
