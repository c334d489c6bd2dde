/**
 * Validation of Sidecars workloads and templates: every rule of the ECS, Kubernetes and
 * Copilot targets, all problems at once, each with a stable code, a path and, for values read
 * from a file, the file's line and column.
 */
module dev.sidecars.validation {
  requires transitive dev.sidecars.model;
  requires static transitive org.immutables.value.annotations;
  requires jakarta.validation;
  requires org.hibernate.validator;
  requires java.logging;

  exports dev.sidecars.validation;
}
