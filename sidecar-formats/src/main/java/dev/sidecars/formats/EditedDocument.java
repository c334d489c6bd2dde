package dev.sidecars.formats;

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

  /**
   * Creates the result of an edit.
   *
   * @param text the document after the edit
   * @param change what the edit did
   */
  public EditedDocument(String text, Change change) {
    this.text = Objects.requireNonNull(text, "text");
    this.change = Objects.requireNonNull(change, "change");
  }

  /** @return the document after the edit */
  public String text() {
    return text;
  }

  /** @return what the edit did */
  public Change change() {
    return change;
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
