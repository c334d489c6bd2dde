/**
 * The {@code sidecar} command: {@link dev.sidecars.cli.Sidecar#main} for the shell and
 * {@link dev.sidecars.cli.Sidecar#run} for tools that run it in process. Its commands, outputs
 * and exit codes are a contract, written down in docs/cli.md.
 */
package dev.sidecars.cli;
