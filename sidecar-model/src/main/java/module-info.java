/**
 * The Sidecars domain model: immutable, target-neutral values for workloads, their main
 * container, sidecars and FireLens-style log routing, plus reusable sidecar templates.
 *
 * <p>The model knows no file format and no deployment target. Formats read into it and
 * emitters read from it.
 */
module dev.sidecars.model {
  requires static org.immutables.value;
  requires static jakarta.validation;

  exports dev.sidecars.model;

  // Hibernate Validator (in sidecar-validation) reads the field constraints reflectively.
  opens dev.sidecars.model to org.hibernate.validator;
}
