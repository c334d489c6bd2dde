package dev.sidecars.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to build a container image from a Dockerfile, as in Copilot's {@code image.build}.
 *
 * <p>Copilot's rules, which emitters and the build step follow: the Dockerfile is
 * {@link #dockerfile()}, else {@code <context>/Dockerfile}; the context is {@link #context()},
 * else the Dockerfile's directory. Paths are relative to the workspace root.
 */
@Value.Immutable
public abstract class Build {

  /** @return the Dockerfile path, if given */
  public abstract Optional<String> dockerfile();

  /** @return the build context directory, if given */
  public abstract Optional<String> context();

  /** @return the multi-stage build target, if given */
  public abstract Optional<String> target();

  /** @return {@code --build-arg} values, in the order given */
  public abstract Map<String, String> args();

  /** @return images to use as cache sources ({@code --cache-from}), in the order given */
  public abstract List<String> cacheFrom();

  /**
   * A build of the given Dockerfile, with its directory as the context.
   *
   * @param dockerfile the Dockerfile path, relative to the workspace root
   * @return the build
   */
  public static Build dockerfile(String dockerfile) {
    return builder().dockerfile(dockerfile).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Build}. */
  public static final class Builder extends ImmutableBuild.Builder {
    Builder() {}
  }
}
