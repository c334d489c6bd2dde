package dev.sidecars.ecs;

import java.util.Map;
import org.immutables.value.Value;

/** The log router's {@code firelensConfiguration}: {@code fluentbit} or {@code fluentd}, and its options. */
@Value.Immutable
public abstract class EcsFirelensConfiguration {

  /** @return {@code fluentbit} or {@code fluentd} */
  public abstract String type();

  /** @return the options, for example {@code enable-ecs-log-metadata} */
  public abstract Map<String, String> options();

  static EcsFirelensConfiguration of(String type, Map<String, String> options) {
    return ImmutableEcsFirelensConfiguration.builder().type(type).options(options).build();
  }

  @Override
  public String toString() {
    return type() + " " + options();
  }
}
