package dev.sidecars.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a container's image comes from: an existing image ({@link #location()}) or a build
 * from a Dockerfile ({@link #build()}).
 *
 * <p>Exactly one of the two should be set. The model holds what it is given, so that a
 * manifest with both can be read and reported; validation reports an image with both or
 * neither ({@code image.location-or-build}).
 */
@Value.Immutable
public abstract class Image {

  /** @return the image reference, for example {@code nginx:1.27}, if the image is not built */
  public abstract Optional<String> location();

  /** @return how to build the image, if it is built */
  public abstract Optional<Build> build();

  /**
   * An existing image.
   *
   * @param location the image reference, for example {@code "nginx:1.27"}
   * @return the image
   */
  public static Image of(String location) {
    return ImmutableImage.builder().location(location).build();
  }

  /**
   * An image built from a Dockerfile.
   *
   * @param build how to build it
   * @return the image
   */
  public static Image building(Build build) {
    return ImmutableImage.builder().build(build).build();
  }

  /**
   * An image built from a Dockerfile whose directory is the build context.
   *
   * @param dockerfile the Dockerfile path, relative to the workspace root
   * @return the image
   */
  public static Image fromDockerfile(String dockerfile) {
    return building(Build.dockerfile(dockerfile));
  }

  /**
   * An image with both sides as given, for readers that must keep what a file says.
   *
   * @param location the image reference, or empty
   * @param build the build, or empty
   * @return the image
   */
  public static Image of(Optional<String> location, Optional<Build> build) {
    return ImmutableImage.builder().location(location).build(build).build();
  }

  /** The location, or a short description of the build. */
  @Override
  public String toString() {
    if (location().isPresent() && build().isEmpty()) {
      return location().get();
    }
    return "Image{location=" + location().orElse("-") + ", build=" + build().map(Object::toString).orElse("-") + "}";
  }
}
