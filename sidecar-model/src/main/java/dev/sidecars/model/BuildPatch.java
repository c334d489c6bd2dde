package dev.sidecars.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A change to an image build: each set path wins, {@link #args()} is a {@link MapPatch}, and
 * {@link #cacheFrom()} replaces the list whole (Copilot's rules for {@code image.build}).
 */
@Value.Immutable
public abstract class BuildPatch {

  /** @return the new Dockerfile path, if changed */
  public abstract Optional<String> dockerfile();

  /** @return the new context directory, if changed */
  public abstract Optional<String> context();

  /** @return the new build target, if changed */
  public abstract Optional<String> target();

  /** @return the change to the build arguments */
  @Value.Default
  public MapPatch<String> args() {
    return MapPatch.empty();
  }

  /** @return the new cache sources, replacing the old list whole, if changed */
  public abstract Optional<List<String>> cacheFrom();

  /**
   * Applies this patch to a build.
   *
   * @param base the build to change
   * @return the changed build
   */
  public Build applyTo(Build base) {
    return Build.builder()
        .dockerfile(dockerfile().or(base::dockerfile))
        .context(context().or(base::context))
        .target(target().or(base::target))
        .putAllArgs(args().apply(base.args()))
        .addAllCacheFrom(cacheFrom().orElse(base.cacheFrom()))
        .build();
  }

  /**
   * This patch followed by another.
   *
   * @param next the patch applied second
   * @return the composed patch
   */
  public BuildPatch then(BuildPatch next) {
    return builder()
        .dockerfile(next.dockerfile().or(this::dockerfile))
        .context(next.context().or(this::context))
        .target(next.target().or(this::target))
        .args(args().then(next.args()))
        .cacheFrom(next.cacheFrom().or(this::cacheFrom))
        .build();
  }

  /**
   * A patch that sets every field of a build, replacing its args.
   *
   * @param build the build
   * @return the patch
   */
  public static BuildPatch of(Build build) {
    return builder()
        .dockerfile(build.dockerfile())
        .context(build.context())
        .target(build.target())
        .args(MapPatch.replaceWith(build.args()))
        .cacheFrom(build.cacheFrom())
        .build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BuildPatch}. */
  public static final class Builder extends ImmutableBuildPatch.Builder {
    Builder() {}
  }
}
