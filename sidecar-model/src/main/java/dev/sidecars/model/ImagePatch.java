package dev.sidecars.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A change to a container's image. Location and build are either/or: the side this patch sets
 * wins and the other side is cleared, so after applying an image patch the image never holds
 * both. (Copilot itself leaves both set when a sidecar's build is overridden by a location;
 * see {@code docs/merge.md}.)
 *
 * <ul>
 *   <li>{@link #location(String)}: the image becomes that reference; any build is dropped.
 *   <li>{@link #build(BuildPatch)}: the build is merged field by field into the base's build
 *       (or into an empty build), and any location is dropped.
 *   <li>{@link #rebuild(BuildPatch)}: as {@code build}, but starting from an empty build.
 * </ul>
 */
@Value.Immutable
public abstract class ImagePatch {

  /** @return the new image reference, for a location patch */
  public abstract Optional<String> location();

  /** @return the change to the build, for a build patch */
  public abstract Optional<BuildPatch> build();

  /** @return whether the build starts from empty rather than from the base's build */
  @Value.Default
  public boolean resetBuild() {
    return false;
  }

  @Value.Check
  void check() {
    if (location().isPresent() == build().isPresent()) {
      throw new ModelException("image", "an image patch sets exactly one of location and build");
    }
    if (resetBuild() && build().isEmpty()) {
      throw new ModelException("image", "only a build patch can start from an empty build");
    }
  }

  /**
   * Sets the image to an existing reference.
   *
   * @param location for example {@code "ghcr.io/my-sidecar:2.0"}
   * @return the patch
   */
  public static ImagePatch location(String location) {
    return ImmutableImagePatch.builder().location(location).build();
  }

  /**
   * Merges a build into the base's build and drops any location.
   *
   * @param build the change to the build
   * @return the patch
   */
  public static ImagePatch build(BuildPatch build) {
    return ImmutableImagePatch.builder().build(build).build();
  }

  /**
   * Replaces the image with a build made from this patch alone.
   *
   * @param build the build's fields
   * @return the patch
   */
  public static ImagePatch rebuild(BuildPatch build) {
    return ImmutableImagePatch.builder().build(build).resetBuild(true).build();
  }

  /**
   * A patch that makes the image equal to the given one: its location when it has one and no
   * build, else a rebuild from its build. An image holding both sides becomes its build.
   *
   * @param image the image
   * @return the patch
   * @throws ModelException when the image has neither a location nor a build
   */
  public static ImagePatch of(Image image) {
    if (image.build().isPresent()) {
      return rebuild(BuildPatch.of(image.build().get()));
    }
    return location(image.location().orElseThrow(
        () -> new ModelException("image", "an image with neither location nor build gives no patch")));
  }

  /**
   * Applies this patch to an image.
   *
   * @param base the image to change
   * @return the changed image, with exactly one side set
   */
  public Image applyTo(Image base) {
    if (location().isPresent()) {
      return Image.of(location().get());
    }
    Build start = resetBuild() ? Build.builder().build() : base.build().orElseGet(() -> Build.builder().build());
    return Image.building(build().get().applyTo(start));
  }

  /**
   * This patch followed by another.
   *
   * @param next the patch applied second
   * @return the composed patch
   */
  public ImagePatch then(ImagePatch next) {
    if (next.location().isPresent() || next.resetBuild()) {
      return next;
    }
    if (location().isPresent()) {
      return rebuild(next.build().get());
    }
    BuildPatch composed = build().get().then(next.build().get());
    return resetBuild() ? rebuild(composed) : build(composed);
  }
}
