package io.sable.processor.behaviour;

import java.util.List;
import java.util.Map;
import java.util.Optional;

final class CustomerFixtures {

  private CustomerFixtures() {}

  static Customer customer(String id, long orders) {
    return new Customer(id, "Customer " + id, orders, false, 'B', null, Optional.empty(), null, List.of(), Map.of());
  }
}
