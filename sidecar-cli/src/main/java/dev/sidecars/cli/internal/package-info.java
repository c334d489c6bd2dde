/**
 * The commands (picocli), the reading of files in any dialect, and the report formats (text,
 * JSON, SARIF). Not an API: only {@link dev.sidecars.cli.Sidecar} is.
 */
package dev.sidecars.cli.internal;
