package dev.sidecars.validation.internal;

import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.util.Set;

/** One rule: which targets it belongs to, and the check, which reports and never throws. */
public interface Rule {

  /** @return the profiles this rule belongs to */
  Set<Profile> profiles();

  /**
   * Checks a workload.
   *
   * @param workload the workload
   * @param findings where to report
   */
  void check(Workload workload, Findings findings);
}
