package dev.sidecars.formats;

import java.util.List;
import java.util.Objects;

/**
 * A document edited in place, as {@code sidecar inject} edits one: its new text, and what the
 * edit did. Everything the edit did not change stays as it was, byte for byte.
 */
public final class EditedDocument {

  /** What an edit did to a document. */
  public enum Change {
    /** A sidecar was added. */
    ADDED,
    /** A sidecar the document had was replaced by a different one. */
    UPDATED,
    /** The document already had this sidecar as it would be written: nothing changed. */
    UNCHANGED,
    /** A sidecar was removed. */
    REMOVED,
    /** There was no such sidecar to remove: nothing changed. */
    ABSENT
  }

  private final String text;
  private final Change change;
  private final List<ManifestWarning> warnings;

  /**
   * Creates the result of an edit.
   *
   * @param text the document after the edit
   * @param change what the edit did
   */
  public EditedDocument(String text, Change change) {
    this(text, change, List.of());
  }

  /**
   * Creates the result of an edit that has something to say about it.
   *
   * @param text the document after the edit
   * @param change what the edit did
   * @param warnings what the edit could not do as asked, at the lines it concerns
   */
  public EditedDocument(String text, Change change, List<ManifestWarning> warnings) {
    this.text = Objects.requireNonNull(text, "text");
    this.change = Objects.requireNonNull(change, "change");
    this.warnings = List.copyOf(warnings);
  }

  /** @return the document after the edit */
  public String text() {
    return text;
  }

  /** @return what the edit did */
  public Change change() {
    return change;
  }

  /**
   * What the edit could not do as asked: on a Kubernetes cluster without native sidecars, a
   * start order or a wait for a healthy sidecar, say.
   *
   * @return the warnings, in document order; empty when there is nothing to say
   */
  public List<ManifestWarning> warnings() {
    return warnings;
  }

  /** @return whether the text differs from the input */
  public boolean changed() {
    return change == Change.ADDED || change == Change.UPDATED || change == Change.REMOVED;
  }

  @Override
  public String toString() {
    return change + " (" + text.length() + " characters)";
  }
}
