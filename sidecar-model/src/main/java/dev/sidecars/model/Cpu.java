package dev.sidecars.model;

import dev.sidecars.model.internal.Quantities;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of CPU, read from Kubernetes notation with a unit ({@code 500m};
 * {@link #parse(String)}), as Kubernetes reads it ({@code 0.5}, {@code 2} cores;
 * {@link #parseKubernetes(String)}), or from ECS units (1024 units = 1 vCPU). No floating
 * point is involved: {@code Cpu.ofEcsUnits(256).equals(Cpu.parse("250m"))}.
 */
public final class Cpu implements Comparable<Cpu> {
  private static final BigDecimal ECS_UNITS_PER_CORE = BigDecimal.valueOf(1024);
  private static final BigDecimal MILLIS_PER_CORE = BigDecimal.valueOf(1000);
  /** The most cores: as many as a {@code long} of ECS CPU units (1024 a core) can count. */
  private static final BigDecimal MAX_CORES = BigDecimal.valueOf(Long.MAX_VALUE / 1024);

  private final BigDecimal cores;

  private Cpu(BigDecimal cores) {
    if (cores.compareTo(MAX_CORES) > 0) {
      throw new ModelException("cpu", cores.toPlainString() + " cores is more than any task can have; the most is "
          + MAX_CORES.toPlainString() + ", as many as ECS CPU units can count");
    }
    this.cores = cores.signum() == 0 ? BigDecimal.ZERO : cores.stripTrailingZeros();
  }

  /**
   * Parses an amount with its unit, in Kubernetes quantity notation ({@code 500m}); suffixes
   * are case-sensitive. A bare number is refused, because Kubernetes reads it as cores while
   * Copilot and ECS read it as CPU units (1024 to a core): write {@code 250m},
   * {@link #ofMillicores(long)} or {@link #ofEcsUnits(long)}, or use
   * {@link #parseKubernetes(String)} to read it as cores.
   *
   * @param text for example {@code "500m"}
   * @return the amount
   * @throws ModelException when the text has no unit or is not a quantity
   */
  public static Cpu parse(String text) {
    if (Quantities.isBare(text)) {
      throw new ModelException("cpu", "'" + text + "' has no unit, and a bare number would be cores; write "
          + "millicores ('500m', or Cpu.ofMillicores), use Cpu.ofEcsUnits for ECS CPU units, "
          + "or Cpu.parseKubernetes for cores");
    }
    return parseKubernetes(text);
  }

  /**
   * Parses Kubernetes quantity notation as Kubernetes does: a bare number is cores
   * ({@code 0.5}, {@code 2}). This is the notation {@link #toString()} writes.
   *
   * @param text for example {@code "500m"}, {@code "0.25"} or {@code "2"}
   * @return the amount
   * @throws ModelException when the text is not a quantity
   */
  public static Cpu parseKubernetes(String text) {
    BigDecimal cores;
    try {
      cores = Quantities.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ModelException("cpu", e.getMessage());
    }
    return new Cpu(cores);
  }

  /**
   * An amount in millicores.
   *
   * @param millicores thousandths of a core, not negative
   * @return the amount
   */
  public static Cpu ofMillicores(long millicores) {
    requireNotNegative(millicores);
    return new Cpu(BigDecimal.valueOf(millicores).movePointLeft(3));
  }

  /**
   * An amount in ECS CPU units; 1024 units are one vCPU. Always exact: {@code 100} units are
   * {@code 0.09765625} cores.
   *
   * @param units ECS CPU units, not negative
   * @return the amount
   */
  public static Cpu ofEcsUnits(long units) {
    requireNotNegative(units);
    return new Cpu(BigDecimal.valueOf(units).divide(ECS_UNITS_PER_CORE));
  }

  private static void requireNotNegative(long amount) {
    if (amount < 0) {
      throw new ModelException("cpu", "must not be negative, was " + amount);
    }
  }

  /** @return the exact number of cores */
  public BigDecimal cores() {
    return cores;
  }

  /**
   * This amount in ECS CPU units.
   *
   * @param rounding how to round when the amount is not a whole number of units
   * @return the units
   * @throws ArithmeticException with {@link RoundingMode#UNNECESSARY} when rounding is needed
   */
  public long ecsUnits(RoundingMode rounding) {
    return cores.multiply(ECS_UNITS_PER_CORE).setScale(0, rounding).longValueExact();
  }

  /**
   * This amount in millicores.
   *
   * @param rounding how to round when the amount is finer than a millicore
   * @return the millicores
   */
  public long millicores(RoundingMode rounding) {
    return cores.multiply(MILLIS_PER_CORE).setScale(0, rounding).longValueExact();
  }

  /**
   * Kubernetes notation: whole cores as a number ({@code 2}), else millicores ({@code 250m}),
   * else the exact decimal ({@code 0.09765625}) when finer than a millicore.
   */
  @Override
  public String toString() {
    if (cores.scale() <= 0) {
      return cores.toPlainString();
    }
    BigDecimal millis = cores.multiply(MILLIS_PER_CORE);
    if (millis.stripTrailingZeros().scale() <= 0) {
      return millis.setScale(0, RoundingMode.UNNECESSARY).toPlainString() + "m";
    }
    return cores.toPlainString();
  }

  @Override
  public int compareTo(Cpu other) {
    return cores.compareTo(other.cores);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Cpu && ((Cpu) other).cores.compareTo(cores) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(cores);
  }
}
