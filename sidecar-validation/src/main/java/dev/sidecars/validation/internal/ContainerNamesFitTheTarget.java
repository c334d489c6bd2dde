package dev.sidecars.validation.internal;

import dev.sidecars.model.Container;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code name.ecs-pattern}: ECS names are up to 255 letters, digits, {@code _} and {@code -};
 * {@code name.dns-label}: Kubernetes names are DNS-1123 labels (63 lower-case letters, digits
 * and {@code -}, starting and ending alphanumeric).
 */
final class ContainerNamesFitTheTarget implements Rule {
  private static final Pattern ECS = Pattern.compile("[A-Za-z0-9_-]{1,255}");
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  @Override
  public Set<Profile> profiles() {
    return Rules.ALL;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    for (Container container : workload.containers()) {
      String path = Findings.pathOf(workload, container) + ".name";
      String name = container.name();
      if ((findings.active(Profile.ECS) || findings.active(Profile.COPILOT)) && !ECS.matcher(name).matches()) {
        findings.error("name.ecs-pattern", path,
            "'" + name + "' is not an ECS container name: up to 255 letters, digits, '_' and '-'");
      }
      if (findings.active(Profile.KUBERNETES)
          && (name.length() > 63 || !DNS_LABEL.matcher(name).matches())) {
        findings.error("name.dns-label", path,
            "'" + name + "' is not a Kubernetes container name: a lowercase RFC 1123 label of at most 63"
                + " characters (letters, digits and '-', starting and ending with a letter or digit)");
      }
    }
  }
}
