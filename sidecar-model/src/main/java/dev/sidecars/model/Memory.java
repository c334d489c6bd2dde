package dev.sidecars.model;

import dev.sidecars.model.internal.Quantities;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact amount of memory in bytes, read from Kubernetes notation with a unit
 * ({@code 512Mi}, {@code 1Gi}, {@code 1.5G}; {@link #parse(String)}), as Kubernetes reads it
 * ({@code 128974848} bytes; {@link #parseKubernetes(String)}), or from ECS MiB.
 */
public final class Memory implements Comparable<Memory> {
  private static final String[] BINARY = {"Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
  private static final String[] DECIMAL = {"k", "M", "G", "T", "P", "E"};
  private static final long MIB = 1024L * 1024L;

  private final long bytes;

  private Memory(long bytes) {
    if (bytes < 0) {
      throw new ModelException("memory", "must not be negative, was " + bytes + " bytes");
    }
    this.bytes = bytes;
  }

  /**
   * Parses an amount with its unit, in Kubernetes quantity notation; suffixes are
   * case-sensitive ({@code M} is 10^6, {@code Mi} is 2^20). A bare number is refused, because
   * Kubernetes reads it as bytes while Copilot and ECS read it as MiB: write {@code 512Mi} or
   * {@link #ofMebibytes(long)}, or use {@link #parseKubernetes(String)} to read it as bytes.
   *
   * @param text for example {@code "512Mi"} or {@code "1.5G"}
   * @return the amount
   * @throws ModelException when the text has no unit, is no quantity, or is not a whole number
   *     of bytes
   */
  public static Memory parse(String text) {
    if (Quantities.isBare(text)) {
      String mebibytes = text.matches("[0-9]+") ? text : "512";
      throw new ModelException("memory", "'" + text + "' has no unit, and a bare number would be bytes; write MiB as '"
          + mebibytes + "Mi' (or Memory.ofMebibytes(" + mebibytes + ")), or use Memory.parseKubernetes or "
          + "Memory.ofBytes for bytes");
    }
    return parseKubernetes(text);
  }

  /**
   * Parses Kubernetes quantity notation as Kubernetes does: a bare number is bytes. This is
   * the notation {@link #toString()} writes.
   *
   * @param text for example {@code "512Mi"} or {@code "128974848"}
   * @return the amount
   * @throws ModelException when the text is no quantity or not a whole number of bytes
   */
  public static Memory parseKubernetes(String text) {
    BigDecimal value;
    try {
      value = Quantities.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ModelException("memory", e.getMessage());
    }
    try {
      return new Memory(value.toBigIntegerExact().longValueExact());
    } catch (ArithmeticException e) {
      throw new ModelException(
          "memory", "'" + text + "' is not a whole number of bytes up to 2^63-1");
    }
  }

  /**
   * An amount in bytes.
   *
   * @param bytes the number of bytes
   * @return the amount
   */
  public static Memory ofBytes(long bytes) {
    return new Memory(bytes);
  }

  /**
   * An amount in MiB, the unit of ECS's {@code memory} and {@code memoryReservation}.
   *
   * @param mebibytes the number of MiB
   * @return the amount
   */
  public static Memory ofMebibytes(long mebibytes) {
    return new Memory(Math.multiplyExact(mebibytes, MIB));
  }

  /**
   * An amount in GiB, the unit of ECS's ephemeral storage ({@code sizeInGiB}).
   *
   * @param gibibytes the number of GiB
   * @return the amount
   */
  public static Memory ofGibibytes(long gibibytes) {
    return new Memory(Math.multiplyExact(gibibytes, MIB * 1024L));
  }

  /**
   * This amount in GiB.
   *
   * @param rounding how to round when the amount is not a whole number of GiB
   * @return the GiB
   * @throws ArithmeticException with {@link RoundingMode#UNNECESSARY} when rounding is needed
   */
  public long gibibytes(RoundingMode rounding) {
    return new BigDecimal(bytes).divide(BigDecimal.valueOf(MIB * 1024L), 0, rounding).longValueExact();
  }

  /** @return the exact number of bytes */
  public long bytes() {
    return bytes;
  }

  /**
   * This amount in MiB.
   *
   * @param rounding how to round when the amount is not a whole number of MiB
   * @return the MiB
   * @throws ArithmeticException with {@link RoundingMode#UNNECESSARY} when rounding is needed
   */
  public long mebibytes(RoundingMode rounding) {
    return new BigDecimal(bytes).divide(BigDecimal.valueOf(MIB), 0, rounding).longValueExact();
  }

  /**
   * Kubernetes notation: the largest binary suffix that divides exactly ({@code 512Mi}),
   * else the largest decimal one ({@code 1500k}), else plain bytes.
   */
  @Override
  public String toString() {
    if (bytes == 0) {
      return "0";
    }
    String text = withSuffix(1024, BINARY);
    if (text == null) {
      text = withSuffix(1000, DECIMAL);
    }
    return text == null ? Long.toString(bytes) : text;
  }

  private String withSuffix(long base, String[] suffixes) {
    BigInteger value = BigInteger.valueOf(bytes);
    BigInteger step = BigInteger.valueOf(base);
    int index = -1;
    while (index + 1 < suffixes.length && value.mod(step).signum() == 0) {
      value = value.divide(step);
      index++;
    }
    return index < 0 ? null : value + suffixes[index];
  }

  @Override
  public int compareTo(Memory other) {
    return Long.compare(bytes, other.bytes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Memory && ((Memory) other).bytes == bytes;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(bytes);
  }
}
