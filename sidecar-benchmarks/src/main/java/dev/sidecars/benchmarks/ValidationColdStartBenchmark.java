package dev.sidecars.benchmarks;

import dev.sidecars.validation.SidecarValidator;
import dev.sidecars.validation.ValidationReport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** The first validation in a fresh JVM: class loading, the validator factory's bootstrap, and the check. */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class ValidationColdStartBenchmark {

  @Benchmark
  public ValidationReport firstValidation() {
    return SidecarValidator.all().validate(NativeManifestBenchmark.sample());
  }
}
