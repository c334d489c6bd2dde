package dev.sidecars.validation.internal;

import dev.sidecars.model.Build;
import dev.sidecars.model.Container;
import dev.sidecars.model.Image;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.util.Optional;
import java.util.Set;

/**
 * {@code image.location-or-build}: an image has exactly one of location and build;
 * {@code image.whitespace}: a location has no whitespace; {@code image.build.absolute-path}:
 * build paths are relative to the workspace.
 */
final class ImageHasLocationOrBuild implements Rule {

  @Override
  public Set<Profile> profiles() {
    return Rules.ALL;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    for (Container container : workload.containers()) {
      String path = Findings.pathOf(workload, container) + ".image";
      Image image = container.image();
      if (image.location().isPresent() && image.build().isPresent()) {
        findings.error("image.location-or-build", path, "must specify one of \"build\" and \"location\", not both");
      } else if (image.location().isEmpty() && image.build().isEmpty()) {
        findings.error("image.location-or-build", path, "the container has no image; give its location or a build");
      }
      // a blank reference never gets here: Container refuses it
      image.location().filter(l -> l.chars().anyMatch(Character::isWhitespace))
          .ifPresent(l -> findings.error("image.whitespace", path, "the image reference '" + l + "' contains whitespace"));
      image.build().ifPresent(build -> checkRelative(build, path, findings));
    }
  }

  private static void checkRelative(Build build, String path, Findings findings) {
    for (Optional<String> file : java.util.List.of(build.dockerfile(), build.context())) {
      file.filter(f -> f.startsWith("/")).ifPresent(f -> findings.error("image.build.absolute-path", path + ".build",
          "build paths are relative to the workspace root; '" + f + "' is absolute"));
    }
  }
}
