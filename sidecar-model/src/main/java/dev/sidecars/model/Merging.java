package dev.sidecars.model;

import java.util.Optional;
import java.util.function.BinaryOperator;

/** Composition of optional nested patches: both present compose, else whichever is present. */
final class Merging {
  private Merging() {}

  static <P> Optional<P> then(Optional<P> first, Optional<P> second, BinaryOperator<P> compose) {
    if (first.isPresent() && second.isPresent()) {
      return Optional.of(compose.apply(first.get(), second.get()));
    }
    return second.isPresent() ? second : first;
  }
}
