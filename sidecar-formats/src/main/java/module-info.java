/**
 * Reads and writes Sidecars documents: the native manifest in YAML and JSON. Every error is a
 * {@link dev.sidecars.formats.ManifestException} with file, line, column and field path.
 */
module dev.sidecars.formats {
  requires transitive dev.sidecars.model;
  requires tools.jackson.core;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;

  exports dev.sidecars.formats;
  exports dev.sidecars.formats.copilot;
  exports dev.sidecars.formats.mia;
  // the platform modules read their own documents with the same bounded, located parser
  exports dev.sidecars.formats.internal to dev.sidecars.ecs, dev.sidecars.k8s;
}
