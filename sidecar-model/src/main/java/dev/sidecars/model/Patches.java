package dev.sidecars.model;

/**
 * The one merge operation of the library: apply a patch to a base. Catalog templates with
 * per-service changes, and Copilot services with per-environment overrides, are both this.
 *
 * <p>The laws, pinned by property tests: applying an empty patch changes nothing; applying a
 * patch twice equals applying it once; {@code apply(apply(b, p), q)} equals
 * {@code apply(b, p.then(q))}; a value set in a patch is in the result. {@code docs/merge.md}
 * gives the rule of every field.
 *
 * <p>One limit, inherent in ordered collections: a composed patch whose first part removes a
 * key and whose second part adds it back moves that key to the end, and applying such a patch
 * a second time may reorder it again. Every patch built with the builder methods is
 * idempotent; {@code docs/merge.md} shows the case.
 */
public final class Patches {
  private Patches() {}

  /**
   * Applies a patch to a container.
   *
   * @param base the container
   * @param patch the change
   * @return the changed container
   */
  public static Container apply(Container base, ContainerPatch patch) {
    return patch.applyTo(base);
  }

  /**
   * Applies a patch to a workload.
   *
   * @param base the workload
   * @param patch the change
   * @return the changed workload
   * @throws ModelException when the patch adds a sidecar without an image
   */
  public static Workload apply(Workload base, WorkloadPatch patch) {
    return patch.applyTo(base);
  }
}
