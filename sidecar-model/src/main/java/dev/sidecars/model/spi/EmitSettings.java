package dev.sidecars.model.spi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a deployment tells an emitter, in one value a tool can hand to every target it lists
 * ({@link WorkloadEmitter#configure(EmitSettings)}). Each emitter reads the settings of its
 * platform and documents which: the ECS ones read the region, account, roles, built images,
 * environment files and file systems; the Kubernetes one the built images, version, kind,
 * sidecar mode and schedule. Every emitter honours {@link #validateFirst()}. Settings for
 * targets of other parties go in {@link #options()}.
 *
 * <pre>{@code
 * EmitSettings settings = EmitSettings.builder().region("eu-west-1")
 *     .executionRoleArn("arn:aws:iam::123456789012:role/api-execution")
 *     .builtImage("api", "123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:7").build();
 * for (WorkloadEmitter emitter : WorkloadEmitter.available()) {
 *   String output = emitter.configure(settings).emit(workload);
 * }
 * }</pre>
 */
public final class EmitSettings {
  private final Optional<String> region;
  private final Optional<String> accountId;
  private final Optional<String> executionRoleArn;
  private final Optional<String> taskRoleArn;
  private final Map<String, String> builtImages;
  private final Map<String, String> environmentFiles;
  private final Map<String, String> fileSystems;
  private final Optional<String> kubernetesVersion;
  private final Optional<String> kubernetesKind;
  private final Optional<String> sidecarMode;
  private final Optional<String> schedule;
  private final boolean validateFirst;
  private final Map<String, String> options;

  private EmitSettings(Builder b) {
    this.region = b.region;
    this.accountId = b.accountId;
    this.executionRoleArn = b.executionRoleArn;
    this.taskRoleArn = b.taskRoleArn;
    this.builtImages = Map.copyOf(b.builtImages);
    this.environmentFiles = Map.copyOf(b.environmentFiles);
    this.fileSystems = Map.copyOf(b.fileSystems);
    this.kubernetesVersion = b.kubernetesVersion;
    this.kubernetesKind = b.kubernetesKind;
    this.sidecarMode = b.sidecarMode;
    this.schedule = b.schedule;
    this.validateFirst = b.validateFirst;
    this.options = Map.copyOf(b.options);
  }

  /** @return settings that set nothing: every emitter as {@code create()} makes it */
  public static EmitSettings none() {
    return builder().build();
  }

  /** @return a builder with nothing set */
  public static Builder builder() {
    return new Builder();
  }

  /** @return whether nothing is set ({@link #validateFirst()} at its default, true) */
  public boolean isEmpty() {
    return equals(none());
  }

  /** @return the AWS region, for Secrets Manager ARNs (ECS) */
  public Optional<String> region() {
    return region;
  }

  /** @return the AWS account, for Secrets Manager ARNs (ECS) */
  public Optional<String> accountId() {
    return accountId;
  }

  /** @return the task execution role's ARN (ECS) */
  public Optional<String> executionRoleArn() {
    return executionRoleArn;
  }

  /** @return the task role's ARN (ECS) */
  public Optional<String> taskRoleArn() {
    return taskRoleArn;
  }

  /** @return the pushed image of each container the workload builds, by container name */
  public Map<String, String> builtImages() {
    return builtImages;
  }

  /** @return the S3 ARN each uploaded environment file has, by the path the workload gives (ECS) */
  public Map<String, String> environmentFiles() {
    return environmentFiles;
  }

  /**
   * The managed volumes' file systems.
   *
   * @return the EFS file system of each managed volume, by volume name, as {@code fs-id} or
   *     {@code fs-id:fsap-id} with its access point (ECS)
   */
  public Map<String, String> fileSystems() {
    return fileSystems;
  }

  /** @return the cluster's Kubernetes version, for example {@code 1.29} */
  public Optional<String> kubernetesVersion() {
    return kubernetesVersion;
  }

  /** @return the Kubernetes object that holds the pod: {@code deployment}, {@code job}, {@code cronjob} or {@code podspec} */
  public Optional<String> kubernetesKind() {
    return kubernetesKind;
  }

  /** @return {@code native} or {@code classic} Kubernetes sidecars */
  public Optional<String> sidecarMode() {
    return sidecarMode;
  }

  /** @return a CronJob's schedule, in place of the workload's (Kubernetes) */
  public Optional<String> schedule() {
    return schedule;
  }

  /** @return whether the emitter validates the workload before emitting; true unless turned off */
  public boolean validateFirst() {
    return validateFirst;
  }

  /** @return settings of other parties' emitters, by a name each documents */
  public Map<String, String> options() {
    return options;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EmitSettings s && region.equals(s.region) && accountId.equals(s.accountId)
        && executionRoleArn.equals(s.executionRoleArn) && taskRoleArn.equals(s.taskRoleArn)
        && builtImages.equals(s.builtImages) && environmentFiles.equals(s.environmentFiles)
        && fileSystems.equals(s.fileSystems) && kubernetesVersion.equals(s.kubernetesVersion)
        && kubernetesKind.equals(s.kubernetesKind) && sidecarMode.equals(s.sidecarMode)
        && schedule.equals(s.schedule) && validateFirst == s.validateFirst && options.equals(s.options);
  }

  @Override
  public int hashCode() {
    return Objects.hash(region, accountId, executionRoleArn, taskRoleArn, builtImages, environmentFiles, fileSystems,
        kubernetesVersion, kubernetesKind, sidecarMode, schedule, validateFirst, options);
  }

  /** The names of what is set; values are left out, as ARNs and options may be sensitive. */
  @Override
  public String toString() {
    StringBuilder set = new StringBuilder("EmitSettings{");
    String[] names = {"region", "accountId", "executionRoleArn", "taskRoleArn", "kubernetesVersion", "kubernetesKind",
        "sidecarMode", "schedule"};
    Optional<?>[] values = {region, accountId, executionRoleArn, taskRoleArn, kubernetesVersion, kubernetesKind,
        sidecarMode, schedule};
    String separator = "";
    for (int i = 0; i < names.length; i++) {
      if (values[i].isPresent()) {
        set.append(separator).append(names[i]);
        separator = ", ";
      }
    }
    if (!builtImages.isEmpty()) {
      set.append(separator).append("builtImages ").append(builtImages.keySet());
      separator = ", ";
    }
    if (!environmentFiles.isEmpty()) {
      set.append(separator).append("environmentFiles ").append(environmentFiles.keySet());
      separator = ", ";
    }
    if (!fileSystems.isEmpty()) {
      set.append(separator).append("fileSystems ").append(fileSystems.keySet());
      separator = ", ";
    }
    if (!options.isEmpty()) {
      set.append(separator).append("options ").append(options.keySet());
      separator = ", ";
    }
    if (!validateFirst) {
      set.append(separator).append("validateFirst false");
    }
    return set.append('}').toString();
  }

  /** Builds {@link EmitSettings}; each method sets one setting. */
  public static final class Builder {
    private Optional<String> region = Optional.empty();
    private Optional<String> accountId = Optional.empty();
    private Optional<String> executionRoleArn = Optional.empty();
    private Optional<String> taskRoleArn = Optional.empty();
    private final Map<String, String> builtImages = new LinkedHashMap<>();
    private final Map<String, String> environmentFiles = new LinkedHashMap<>();
    private final Map<String, String> fileSystems = new LinkedHashMap<>();
    private Optional<String> kubernetesVersion = Optional.empty();
    private Optional<String> kubernetesKind = Optional.empty();
    private Optional<String> sidecarMode = Optional.empty();
    private Optional<String> schedule = Optional.empty();
    private boolean validateFirst = true;
    private final Map<String, String> options = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets one setting.
     *
     * @param region the AWS region
     * @return this builder
     */
    public Builder region(String region) {
      this.region = Optional.of(region);
      return this;
    }

    /**
     * Sets one setting.
     *
     * @param accountId the AWS account
     * @return this builder
     */
    public Builder accountId(String accountId) {
      this.accountId = Optional.of(accountId);
      return this;
    }

    /**
     * Sets one setting.
     *
     * @param arn the task execution role's ARN
     * @return this builder
     */
    public Builder executionRoleArn(String arn) {
      this.executionRoleArn = Optional.of(arn);
      return this;
    }

    /**
     * Sets one setting.
     *
     * @param arn the task role's ARN
     * @return this builder
     */
    public Builder taskRoleArn(String arn) {
      this.taskRoleArn = Optional.of(arn);
      return this;
    }

    /**
     * Sets one setting.
     *
     * @param container the container that builds its image
     * @param reference the pushed image
     * @return this builder
     */
    public Builder builtImage(String container, String reference) {
      builtImages.put(container, reference);
      return this;
    }

    /**
     * Sets one setting.
     *
     * @param path the environment file's path, as the workload gives it
     * @param s3Arn the uploaded object's ARN
     * @return this builder
     */
    public Builder environmentFile(String path, String s3Arn) {
      environmentFiles.put(path, s3Arn);
      return this;
    }

    /**
     * Sets one setting.
     *
     * @param volume the managed volume
     * @param fileSystem {@code fs-id}, or {@code fs-id:fsap-id} with its access point
     * @return this builder
     */
    public Builder fileSystem(String volume, String fileSystem) {
      fileSystems.put(volume, fileSystem);
      return this;
    }

    /**
     * Sets one setting.
     *
     * @param version the cluster's Kubernetes version, for example {@code 1.29}
     * @return this builder
     */
    public Builder kubernetesVersion(String version) {
      this.kubernetesVersion = Optional.of(version);
      return this;
    }

    /**
     * Sets one setting.
     *
     * @param kind {@code deployment}, {@code job}, {@code cronjob} or {@code podspec}
     * @return this builder
     */
    public Builder kubernetesKind(String kind) {
      this.kubernetesKind = Optional.of(kind);
      return this;
    }

    /**
     * Sets one setting.
     *
     * @param mode {@code native} or {@code classic}
     * @return this builder
     */
    public Builder sidecarMode(String mode) {
      this.sidecarMode = Optional.of(mode);
      return this;
    }

    /**
     * Sets one setting.
     *
     * @param cron a CronJob's schedule
     * @return this builder
     */
    public Builder schedule(String cron) {
      this.schedule = Optional.of(cron);
      return this;
    }

    /**
     * Sets one setting.
     *
     * @param validate false when the workload was validated already
     * @return this builder
     */
    public Builder validateFirst(boolean validate) {
      this.validateFirst = validate;
      return this;
    }

    /**
     * Sets one setting.
     *
     * @param name a setting another party's emitter documents
     * @param value its value
     * @return this builder
     */
    public Builder option(String name, String value) {
      options.put(name, value);
      return this;
    }

    /** @return the settings */
    public EmitSettings build() {
      return new EmitSettings(this);
    }
  }
}
