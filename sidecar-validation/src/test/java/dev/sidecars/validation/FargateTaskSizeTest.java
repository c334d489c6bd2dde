package dev.sidecars.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Fargate task sizes of the ECS developer guide ("Task size"), at each row's edges: the
 * smallest and largest memory, one step off either side, and a size between steps.
 */
class FargateTaskSizeTest {

  private static boolean offered(long units, long mebibytes) {
    Workload workload = Workload.builder().name("api").type(WorkloadType.BACKEND_SERVICE)
        .main(Container.builder().name("api").image("example/api:1").build())
        .cpu(Cpu.ofEcsUnits(units)).memory(Memory.ofMebibytes(mebibytes)).build();
    return SidecarValidator.ecs().validate(workload).violations().stream()
        .noneMatch(v -> v.code().equals("resources.fargate-size"));
  }

  @ParameterizedTest(name = "{0} units with {1} MiB: {2}")
  @CsvSource({
      "256, 512, true", "256, 1024, true", "256, 2048, true", "256, 1536, false", "256, 3072, false", "256, 256, false",
      "512, 1024, true", "512, 4096, true", "512, 512, false", "512, 5120, false", "512, 1536, false",
      "1024, 2048, true", "1024, 8192, true", "1024, 1024, false", "1024, 9216, false", "1024, 2560, false",
      "2048, 4096, true", "2048, 16384, true", "2048, 3072, false", "2048, 17408, false",
      "4096, 8192, true", "4096, 30720, true", "4096, 7168, false", "4096, 31744, false", "4096, 9216, true",
      "8192, 16384, true", "8192, 61440, true", "8192, 20480, true", "8192, 17408, false", "8192, 12288, false",
      "8192, 65536, false",
      "16384, 32768, true", "16384, 122880, true", "16384, 40960, true", "16384, 36864, false",
      "16384, 24576, false", "16384, 131072, false",
      "128, 512, false", "300, 1024, false", "32768, 65536, false",
      // a count of units past an int once wrapped to 256
      "4294967552, 512, false"})
  void onlyThePairsFargateOffersPass(long units, long mebibytes, boolean offered) {
    assertThat(offered(units, mebibytes)).isEqualTo(offered);
  }

  @ParameterizedTest(name = "{0} units and {1} MiB fit in {2}")
  @CsvSource({
      "0, 0, 256/512", "256, 512, 256/512", "256, 513, 256/1024", "256, 2048, 256/2048", "256, 2049, 512/3072",
      "257, 1, 512/1024", "300, 700, 512/1024", "512, 4096, 512/4096", "512, 4097, 1024/5120",
      "1024, 8193, 2048/9216", "4096, 30721, 8192/32768", "8192, 61441, 16384/65536", "16384, 122880, 16384/122880",
      "16385, 1, none", "1, 122881, none"})
  void theSmallestSizeThatHoldsADemandIsFound(long units, long mebibytes, String size) {
    assertThat(FargateTaskSizes.smallestHolding(units, mebibytes).map(Object::toString).orElse("none")).isEqualTo(size);
    FargateTaskSizes.smallestHolding(units, mebibytes).ifPresent(found -> {
      assertThat(FargateTaskSizes.offers(found.units(), found.mebibytes())).isTrue();
      assertThat(found.units()).isGreaterThanOrEqualTo(units);
      assertThat(found.mebibytes()).isGreaterThanOrEqualTo(mebibytes);
    });
  }

  @org.junit.jupiter.api.Test
  void theTableIsDescribedRowByRowForMessages() {
    assertThat(FargateTaskSizes.describe()).isEqualTo("it offers 256 units with 512, 1024 or 2048 MiB; 512 with 1-4 GiB; "
        + "1024 with 2-8 GiB; 2048 with 4-16 GiB; 4096 with 8-30 GiB (1 GiB steps); 8192 with 16-60 GiB (4 GiB steps); "
        + "16384 with 32-120 GiB (8 GiB steps)");
  }
}
