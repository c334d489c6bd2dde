package dev.sidecars.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Each benchmark runs once, as JMH would call it, so that a change that breaks what it measures
 * (an emitter that now refuses the benchmark's workload, a command that now exits 1) fails the
 * build instead of making the numbers measure an error. Nothing here is timed.
 */
class BenchmarksRunTest {
  static Stream<Class<?>> benchmarks() {
    return Stream.of(CommandBenchmark.class, DialectBenchmark.class, EcsEmitBenchmark.class, ImportInjectBenchmark.class,
        LargeInputBenchmark.class, KubernetesEmitBenchmark.class, MergeBenchmark.class, NativeManifestBenchmark.class, ValidationBenchmark.class,
        ValidationColdStartBenchmark.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("benchmarks")
  void everyBenchmarkMethodRunsOnceWithoutFailing(Class<?> type) throws Exception {
    Object state = type.getConstructor().newInstance();
    for (Field field : type.getDeclaredFields()) {
      Param param = field.getAnnotation(Param.class);
      if (param != null) {
        field.setAccessible(true);
        field.set(state, Integer.valueOf(param.value()[0]));
      }
    }
    Method[] methods = type.getMethods();
    Arrays.sort(methods, Comparator.comparing(Method::getName));
    for (Method setup : methods) {
      if (setup.isAnnotationPresent(Setup.class)) {
        setup.invoke(state);
      }
    }
    int run = 0;
    for (Method benchmark : methods) {
      if (!benchmark.isAnnotationPresent(Benchmark.class)) {
        continue;
      }
      Object result;
      try {
        result = benchmark.invoke(state);
      } catch (InvocationTargetException e) {
        throw new AssertionError(type.getSimpleName() + "." + benchmark.getName() + " fails: " + e.getCause(), e.getCause());
      }
      assertThat(result).as(benchmark.getName()).isNotNull();
      if (result instanceof Integer) {
        assertThat(result).as(benchmark.getName() + "'s exit code").isEqualTo(0);
      }
      run++;
    }
    assertThat(run).as("benchmark methods of " + type.getSimpleName()).isPositive();
  }
}
