package dev.sidecars.validation.internal;

import dev.sidecars.model.Container;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@code name.ecs-pattern}: ECS names are up to 255 letters, digits, {@code _} and {@code -}.
 * {@code name.dns-label} (a warning): Kubernetes names are DNS-1123 labels (63 lower-case
 * letters, digits and {@code -}, starting and ending alphanumeric), so the Kubernetes emitter
 * converts other names by its documented rule (lower case, every run of other characters a
 * {@code -}); {@code name.k8s-collision}: two containers whose names convert to one.
 */
final class ContainerNamesFitTheTarget implements Rule {
  private static final Pattern ECS = Pattern.compile("[A-Za-z0-9_-]{1,255}");
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

  @Override
  public Set<Profile> profiles() {
    return Rules.ALL;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    Map<String, List<Container>> byKubernetesName = new TreeMap<>();
    for (Container container : workload.containers()) {
      String path = Findings.pathOf(workload, container) + ".name";
      String name = container.name();
      if ((findings.active(Profile.ECS) || findings.active(Profile.COPILOT)) && !ECS.matcher(name).matches()) {
        findings.error("name.ecs-pattern", path,
            "'" + name + "' is not an ECS container name: up to 255 letters, digits, '_' and '-'");
      }
      if (findings.active(Profile.KUBERNETES)) {
        String label = label(name);
        if (!label.equals(name)) {
          findings.warning("name.dns-label", path, "'" + name + "' is not a Kubernetes container name (a lower-case"
              + " RFC 1123 label of at most 63 letters, digits and '-'); it is emitted as '" + label + "'");
        }
        byKubernetesName.computeIfAbsent(label, l -> new ArrayList<>()).add(container);
      }
    }
    // reported at every name but the first in order, so that the order of the sidecars changes nothing
    byKubernetesName.forEach((label, containers) -> {
      containers.sort(Comparator.comparing(Container::name));
      for (Container container : containers.subList(1, containers.size())) {
        findings.error("name.k8s-collision", Findings.pathOf(workload, container) + ".name", "containers "
            + containers.get(0).name() + " and " + container.name() + " are both named " + label
            + " in Kubernetes; rename one");
      }
    });
  }

  /** The Kubernetes emitter's rule (docs/mapping.md, "Names"). */
  private static String label(String name) {
    if (DNS_LABEL.matcher(name).matches()) {
      return name;
    }
    String label = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (label.length() > 63) {
      label = label.substring(0, 63).replaceAll("-+$", "");
    }
    return label.isEmpty() ? "x" : label;
  }
}
