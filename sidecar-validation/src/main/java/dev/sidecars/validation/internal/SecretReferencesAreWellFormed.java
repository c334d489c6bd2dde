package dev.sidecars.validation.internal;

import dev.sidecars.model.Container;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code secret.ssm-name}: an SSM parameter is a name ({@code [a-zA-Z0-9_.\-/]}, at most 2048)
 * or an {@code arn:...:ssm:...:parameter/...} ARN; {@code secret.secrets-manager}: a Secrets
 * Manager reference is a name, {@code name:json-key:version-stage:version-id}, or a
 * {@code arn:...:secretsmanager:...:secret:...} ARN.
 */
final class SecretReferencesAreWellFormed implements Rule {
  private static final Pattern SSM_NAME = Pattern.compile("[a-zA-Z0-9_.\\-/]{1,2048}");
  private static final Pattern SSM_ARN = Pattern.compile("arn:aws[a-z-]*:ssm:[a-z0-9-]+:\\d{12}:parameter/.+");
  private static final Pattern SM_NAME = Pattern.compile("[a-zA-Z0-9/_+=.@-]{1,512}(:[^:]*(:[^:]*(:[^:]*)?)?)?");
  private static final Pattern SM_ARN = Pattern.compile("arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\\d{12}:secret:.+");

  @Override
  public Set<Profile> profiles() {
    return Rules.ECS_AND_COPILOT;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    for (Container container : workload.containers()) {
      check(container.secrets(), Findings.pathOf(workload, container) + ".secrets", findings);
    }
    workload.logging().ifPresent(l -> {
      check(l.secrets(), "logging.secrets", findings);
      check(l.secretOptions(), "logging.secretOptions", findings);
    });
  }

  private static void check(Map<String, SecretRef> secrets, String path, Findings findings) {
    secrets.forEach((name, ref) -> {
      String value = ref.name();
      if (value.contains("${")) {
        return;  // a Copilot variable without a value yet: the reader warns of it, and the value is not known
      }
      if (ref.source() == SecretRef.Source.SSM_PARAMETER
          && !SSM_NAME.matcher(value).matches() && !SSM_ARN.matcher(value).matches()) {
        findings.error("secret.ssm-name", path + "." + name,
            "the secret is neither an SSM parameter name (letters, digits, _ . - /) nor an SSM parameter ARN");
      }
      if (ref.source() == SecretRef.Source.SECRETS_MANAGER
          && !SM_NAME.matcher(value).matches() && !SM_ARN.matcher(value).matches()) {
        findings.error("secret.secrets-manager", path + "." + name,
            "the secret is neither a Secrets Manager secret name (optionally name:json-key::) nor a secret ARN");
      }
    });
  }
}
