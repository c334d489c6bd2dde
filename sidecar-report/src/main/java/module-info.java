/**
 * Reports of findings, for tools that read, validate and render Sidecars manifests: a
 * {@link dev.sidecars.report.Finding} per problem, gathered per file, written as text, JSON or
 * SARIF 2.1.0 by {@link dev.sidecars.report.ReportFormat}.
 */
module dev.sidecars.report {
  requires transitive dev.sidecars.model;
  requires transitive dev.sidecars.formats;
  requires transitive dev.sidecars.validation;
  requires tools.jackson.core;
  requires tools.jackson.databind;

  exports dev.sidecars.report;
}
