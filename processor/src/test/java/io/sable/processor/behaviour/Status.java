package io.sable.processor.behaviour;

enum Status {
  PENDING,
  SHIPPED,
  DELIVERED
}
