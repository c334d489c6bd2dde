package dev.sidecars.validation.internal;

import dev.sidecars.model.Container;
import dev.sidecars.model.Port;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code port.name}: Kubernetes port names are IANA service names (at most 15 characters of
 * {@code a-z0-9-}, a letter, no {@code --}, no hyphen at an end), unique in the container; ECS
 * port mapping names are at most 64 characters of {@code a-z0-9_-} not starting with {@code -}.
 */
final class PortNamesAreValid implements Rule {
  private static final Pattern ECS_NAME = Pattern.compile("[a-z0-9_][a-z0-9_-]{0,63}");

  @Override
  public Set<Profile> profiles() {
    return Rules.ALL;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    for (Container container : workload.containers()) {
      Set<String> names = new HashSet<>();
      for (Port port : container.ports()) {
        if (port.name().isEmpty()) {
          continue;
        }
        String name = port.name().get();
        String path = Findings.pathOf(workload, container) + ".ports[" + port.key() + "]";
        if (findings.active(Profile.KUBERNETES)) {
          ianaProblem(name).ifPresent(problem -> findings.error("port.name", path, "port name '" + name + "' " + problem));
          if (!names.add(name)) {
            findings.error("port.name", path, "port name '" + name + "' is used twice in container " + container.name());
          }
        }
        if (findings.active(Profile.ECS) && !ECS_NAME.matcher(name).matches()) {
          findings.error("port.name", path, "port name '" + name
              + "' must be at most 64 characters of a-z, 0-9, '_' and '-', not starting with '-'");
        }
      }
    }
  }

  private static java.util.Optional<String> ianaProblem(String name) {
    if (name.length() > 15) {
      return java.util.Optional.of("must be no more than 15 characters");
    }
    if (!name.matches("[-a-z0-9]+")) {
      return java.util.Optional.of("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
    }
    if (!name.matches(".*[a-z].*")) {
      return java.util.Optional.of("must contain at least one letter (a-z)");
    }
    if (name.contains("--")) {
      return java.util.Optional.of("must not contain consecutive hyphens");
    }
    if (name.startsWith("-") || name.endsWith("-")) {
      return java.util.Optional.of("must not begin or end with a hyphen");
    }
    return java.util.Optional.empty();
  }
}
