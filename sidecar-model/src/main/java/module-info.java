/**
 * The Sidecars domain model: immutable, target-neutral values for workloads, their main
 * container, sidecars and FireLens-style log routing, plus reusable sidecar templates.
 *
 * <p>The model knows no file format and no deployment target. Formats read into it and
 * emitters read from it.
 */
module dev.sidecars.model {
  requires static transitive org.immutables.value.annotations;
  requires transitive jakarta.validation;

  exports dev.sidecars.model;
  exports dev.sidecars.model.spi;

  uses dev.sidecars.model.spi.WorkloadEmitter;

  // Hibernate Validator (sidecar-validation) reads the field constraints reflectively; the
  // opening is unqualified because a qualified one names a module the model does not depend on.
  opens dev.sidecars.model;
}
