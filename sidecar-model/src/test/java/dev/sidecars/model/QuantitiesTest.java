package dev.sidecars.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantitiesTest {

  @ParameterizedTest(name = "{0} is {1} cores")
  @CsvSource({"500m, 0.5", "0.5, 0.5", "2, 2", "1500m, 1.5", "100m, 0.1", "1e3, 1000", "0, 0"})
  void cpuParsesKubernetesNotation(String text, String cores) {
    assertThat(Cpu.parseKubernetes(text).cores()).isEqualByComparingTo(new BigDecimal(cores));
  }

  @Test
  void ecsUnitsAreExact() {
    assertThat(Cpu.ofEcsUnits(256)).isEqualTo(Cpu.parse("250m"));
    assertThat(Cpu.ofEcsUnits(1024)).isEqualTo(Cpu.parseKubernetes("1"));
    assertThat(Cpu.ofEcsUnits(100).cores()).isEqualByComparingTo("0.09765625");
    assertThat(Cpu.parse("250m").ecsUnits(RoundingMode.UNNECESSARY)).isEqualTo(256);
  }

  @Test
  void cpuRoundsOnlyWhenAsked() {
    Cpu hundredMillis = Cpu.parse("100m");
    assertThat(hundredMillis.ecsUnits(RoundingMode.CEILING)).isEqualTo(103);
    assertThat(hundredMillis.ecsUnits(RoundingMode.FLOOR)).isEqualTo(102);
    assertThatThrownBy(() -> hundredMillis.ecsUnits(RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
    assertThat(Cpu.ofEcsUnits(100).millicores(RoundingMode.CEILING)).isEqualTo(98);
  }

  @ParameterizedTest(name = "{0} prints as {1}")
  @CsvSource({"0.5, 500m", "2, 2", "2000m, 2", "0.25, 250m", "0.09765625, 0.09765625"})
  void cpuPrintsInKubernetesNotation(String text, String printed) {
    assertThat(Cpu.parseKubernetes(text)).hasToString(printed);
  }

  @Test
  void suffixesAreCaseSensitive() {
    assertThat(Memory.parse("1M").bytes()).isEqualTo(1_000_000L);
    assertThat(Memory.parse("1Mi").bytes()).isEqualTo(1_048_576L);
    assertThatThrownBy(() -> Memory.parse("1mi"))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("unknown suffix 'mi'");
    assertThatThrownBy(() -> Cpu.parse("1K")).hasMessageContaining("case-sensitive");
  }

  @ParameterizedTest(name = "{0} is {1} bytes")
  @CsvSource({"512Mi, 536870912", "1Gi, 1073741824", "1.5Gi, 1610612736", "1.5G, 1500000000",
      "128974848, 128974848", "129e6, 129000000", "0.5Ki, 512", "1k, 1000"})
  void memoryParsesKubernetesNotation(String text, long bytes) {
    assertThat(Memory.parseKubernetes(text).bytes()).isEqualTo(bytes);
  }

  @ParameterizedTest(name = "{0} prints as {1}")
  @CsvSource({"512Mi, 512Mi", "1024Mi, 1Gi", "1500k, 1500k", "1.5Gi, 1536Mi", "1000, 1k",
      "1001, 1001", "0, 0"})
  void memoryPrintsWithTheLargestExactSuffix(String text, String printed) {
    assertThat(Memory.parseKubernetes(text)).hasToString(printed);
  }

  @Test
  void memoryInMebibytes() {
    assertThat(Memory.ofMebibytes(512)).isEqualTo(Memory.parse("512Mi"));
    assertThat(Memory.parse("1G").mebibytes(RoundingMode.CEILING)).isEqualTo(954);
    assertThatThrownBy(() -> Memory.parse("1G").mebibytes(RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void fractionalBytesAreRejected() {
    assertThatThrownBy(() -> Memory.parse("100m"))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("not a whole number of bytes");
  }

  @Test
  void garbageIsRejectedWithTheText() {
    assertThatThrownBy(() -> Cpu.parse("half")).hasMessageContaining("'half' is not a quantity");
    assertThatThrownBy(() -> Cpu.parseKubernetes("-1")).hasMessageContaining("'-1' is not a quantity");
    assertThatThrownBy(() -> Cpu.ofMillicores(-1)).hasMessageContaining("must not be negative");
  }

  @Test
  void equalAmountsInDifferentNotationsAreEqual() {
    assertThat(Cpu.parseKubernetes("0.5")).isEqualTo(Cpu.parse("500m")).hasSameHashCodeAs(Cpu.parse("500m"));
    assertThat(Memory.parse("1Gi")).isEqualTo(Memory.parse("1024Mi"));
    assertThat(Cpu.parseKubernetes("1")).isGreaterThan(Cpu.parse("999m"));
  }

  @ParameterizedTest(name = "Memory.parse(\"{0}\") is refused")
  @CsvSource({"512", "0", "0.5", "129e6", "1E3"})
  void aBareMemoryNumberIsRefusedWithTheUnits(String text) {
    assertThatThrownBy(() -> Memory.parse(text))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("'" + text + "' has no unit, and a bare number would be bytes")
        .hasMessageContaining("Mi'")
        .hasMessageContaining("Memory.ofMebibytes(")
        .hasMessageContaining("Memory.parseKubernetes");
  }

  @Test
  void theRefusalOfABareMemoryNumberSuggestsItInMebibytes() {
    assertThatThrownBy(() -> Memory.parse("512")).hasMessage("memory: '512' has no unit, and a bare number would be "
        + "bytes; write MiB as '512Mi' (or Memory.ofMebibytes(512)), or use Memory.parseKubernetes or Memory.ofBytes for bytes");
    assertThat(Memory.parseKubernetes("512")).isEqualTo(Memory.ofBytes(512));
  }

  @ParameterizedTest(name = "Cpu.parse(\"{0}\") is refused")
  @CsvSource({"256", "0", "0.5", "2", "1e3"})
  void aBareCpuNumberIsRefusedWithTheUnits(String text) {
    assertThatThrownBy(() -> Cpu.parse(text))
        .isInstanceOf(ModelException.class)
        .hasMessage("cpu: '" + text + "' has no unit, and a bare number would be cores; write millicores ('500m', "
            + "or Cpu.ofMillicores), use Cpu.ofEcsUnits for ECS CPU units, or Cpu.parseKubernetes for cores");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"250m", "2", "0.09765625", "1500m", "0"})
  void cpuReadsBackWhatItPrints(String text) {
    Cpu cpu = Cpu.parseKubernetes(text);
    assertThat(Cpu.parseKubernetes(cpu.toString())).isEqualTo(cpu);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"512Mi", "1001", "1500k", "0"})
  void memoryReadsBackWhatItPrints(String text) {
    Memory memory = Memory.parseKubernetes(text);
    assertThat(Memory.parseKubernetes(memory.toString())).isEqualTo(memory);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"1e-2147483648", "1e1000", "1e99999999", "1e-99999999", "1e2147483648", "9223372036854775808",
      "1e19", "1e-11", "0.00000000001", "1E+31"})
  void quantitiesOutOfKubernetesRangeAreRefusedBeforeAnyArithmetic(String text) {
    assertThatThrownBy(() -> Cpu.parseKubernetes(text))
        .isInstanceOf(ModelException.class)
        .hasMessageStartingWith("cpu: '" + text + "' is ");
    assertThatThrownBy(() -> Memory.parseKubernetes(text)).isInstanceOf(ModelException.class);
  }

  @Test
  void theLargestQuantitiesStillWork() {
    assertThat(Memory.parseKubernetes("9223372036854775807").bytes()).isEqualTo(Long.MAX_VALUE);
    assertThat(Memory.parseKubernetes("7Ei").bytes()).isEqualTo(7L << 60);
    assertThatThrownBy(() -> Memory.parseKubernetes("8Ei")).hasMessageContaining("'8Ei' is out of range");
    assertThat(Cpu.parseKubernetes("1e-10").cores()).isEqualByComparingTo("0.0000000001");
    assertThat(Cpu.parseKubernetes("9007199254740991").ecsUnits(RoundingMode.CEILING)).isEqualTo(9007199254740991L * 1024);
    assertThatThrownBy(() -> Cpu.parseKubernetes("9007199254740992"))
        .hasMessage("cpu: 9007199254740992 cores is more than any task can have; the most is 9007199254740991, as many as "
            + "ECS CPU units can count");
  }

  @Test
  void exbibytesAreAUnitNotAnExponent() {
    assertThat(Memory.parse("1Ei").bytes()).isEqualTo(1L << 60);
    assertThat(Memory.parse("2E").bytes()).isEqualTo(2_000_000_000_000_000_000L);
    assertThatThrownBy(() -> Memory.parse("2e18")).hasMessageContaining("has no unit");
  }

  @Test
  void aLongTextIsRefusedWithoutEchoingIt() {
    String text = "1".repeat(4 * 1024 * 1024);
    assertThatThrownBy(() -> Memory.parseKubernetes(text))
        .hasMessage("memory: a quantity of 4194304 characters is longer than any quantity (at most 64)");
  }
}
