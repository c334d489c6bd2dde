package dev.sidecars.cli.internal;

import dev.sidecars.formats.Dialect;

/** What a file the command reads is: one of the manifest dialects, or a platform's own document. */
public enum InputKind {
  /** A Sidecars manifest. */
  NATIVE("Sidecars manifest"),
  /** An AWS Copilot manifest. */
  COPILOT("Copilot manifest"),
  /** A Mia-Platform sidecar item. */
  MIA("Mia-Platform sidecar item"),
  /** An ECS task definition, imported (docs/import.md). */
  ECS("ECS task definition"),
  /** Kubernetes workloads, imported (docs/import.md). */
  KUBERNETES("Kubernetes manifest");

  private final String title;

  InputKind(String title) {
    this.title = title;
  }

  /** @return how messages name a file of this kind */
  public String title() {
    return title;
  }

  /** @return the manifest dialect, for the kinds that are one */
  java.util.Optional<Dialect> dialect() {
    switch (this) {
      case COPILOT:
        return java.util.Optional.of(Dialect.COPILOT);
      case MIA:
        return java.util.Optional.of(Dialect.MIA);
      case NATIVE:
        return java.util.Optional.of(Dialect.NATIVE);
      default:
        return java.util.Optional.empty();
    }
  }
}
