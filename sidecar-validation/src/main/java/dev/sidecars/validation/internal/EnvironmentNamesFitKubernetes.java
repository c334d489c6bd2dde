package dev.sidecars.validation.internal;

import dev.sidecars.model.Container;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code environment.name}: Kubernetes needs a name for every environment variable, of
 * printable characters other than {@code =}. {@code environment.duplicate}, on every target: a
 * variable's and a secret's names are one namespace in a container, so a name that is both
 * would be two entries of which one silently wins.
 */
final class EnvironmentNamesFitKubernetes implements Rule {

  @Override
  public Set<Profile> profiles() {
    return Rules.ALL;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    for (Container container : workload.containers()) {
      String path = Findings.pathOf(workload, container);
      Set<String> names = new TreeSet<>(container.environment().keySet());
      names.addAll(container.secrets().keySet());
      for (String name : names) {
        String at = path + (container.environment().containsKey(name) ? ".environment." : ".secrets.") + name;
        if (container.environment().containsKey(name) && container.secrets().containsKey(name)) {
          findings.error("environment.duplicate", path + ".secrets." + name, "'" + name + "' is both a variable and a "
              + "secret of " + container.name() + "; keep one");
        }
        if (!findings.active(Profile.KUBERNETES)) {
          continue;
        }
        if (name.isEmpty()) {
          findings.error("environment.name", at, "an environment variable needs a name");
        } else if (!name.matches("[\\x21-\\x3C\\x3E-\\x7E]+")) {
          findings.error("environment.name", at, "'" + name.replaceAll("\\p{Cntrl}", "?")
              + "' is not an environment variable name for Kubernetes: printable characters other than '=' and space");
        }
      }
    }
  }
}
