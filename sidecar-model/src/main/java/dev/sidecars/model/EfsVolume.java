package dev.sidecars.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An Amazon EFS file system behind a workload volume, as Copilot's {@code storage.volumes.<name>.efs}.
 *
 * <p>Without a {@link #fileSystemId()} or {@link #fileSystemExport()} the file system is
 * managed: Copilot's {@code efs: true} creates one for the service, with an access point owned
 * by {@link #uid()} and {@link #gid()}.
 */
@Value.Immutable
public abstract class EfsVolume {

  /** @return the file system id ({@code fs-1234567}) of an existing file system, if given */
  public abstract Optional<String> fileSystemId();

  /**
   * The CloudFormation export that holds the file system id (Copilot's
   * {@code id: {from_cfn: name}}), resolved when the stack is deployed.
   *
   * @return the export's name, if given
   */
  public abstract Optional<String> fileSystemExport();

  /** @return the directory of the file system to mount as the root, if given */
  public abstract Optional<String> rootDirectory();

  /** @return the EFS access point id, if given */
  public abstract Optional<String> accessPointId();

  /** @return whether to authorise with the task's IAM role, if given */
  public abstract Optional<Boolean> iam();

  /** @return the POSIX user id of a managed file system's access point, if given */
  public abstract Optional<Long> uid();

  /** @return the POSIX group id of a managed file system's access point, if given */
  public abstract Optional<Long> gid();

  /** @return whether the file system is managed (created for the workload) */
  public boolean isManaged() {
    return fileSystemId().isEmpty() && fileSystemExport().isEmpty();
  }

  /**
   * An existing file system whose id another CloudFormation stack exports.
   *
   * @param exportName the export's name
   * @return the volume source
   */
  public static EfsVolume imported(String exportName) {
    return builder().fileSystemExport(exportName).build();
  }

  /** @return a managed file system with no settings (Copilot's {@code efs: true}) */
  public static EfsVolume managed() {
    return builder().build();
  }

  /**
   * An existing file system.
   *
   * @param fileSystemId the file system id, for example {@code fs-1234567}
   * @return the volume source
   */
  public static EfsVolume of(String fileSystemId) {
    return builder().fileSystemId(fileSystemId).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EfsVolume}. */
  public static final class Builder extends ImmutableEfsVolume.Builder {
    Builder() {}
  }
}
