package dev.sidecars.validation.internal;

import dev.sidecars.validation.Profile;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Every rule the library knows, in the order they run. */
public final class Rules {
  static final Set<Profile> ALL = EnumSet.allOf(Profile.class);
  static final Set<Profile> ECS_AND_COPILOT = EnumSet.of(Profile.ECS, Profile.COPILOT);
  static final Set<Profile> ECS = EnumSet.of(Profile.ECS);
  static final Set<Profile> KUBERNETES = EnumSet.of(Profile.KUBERNETES);

  private Rules() {}

  /** @return every rule */
  public static List<Rule> all() {
    return List.of(
        new FieldConstraints(),
        new ContainerNamesAreUnique(),
        new ContainerNamesFitTheTarget(),
        new ImageHasLocationOrBuild(),
        new DependenciesExist(),
        new DependenciesHaveNoCycle(),
        new EssentialDependenciesStartOrHealthy(),
        new HealthyDependenciesHaveHealthChecks(),
        new PortProtocolsFitTheTarget(),
        new PortsAreNotExposedTwice(),
        new PortNamesAreValid(),
        new TargetContainerExposesAPort(),
        new HealthChecksFitEcsRanges(),
        new ProbesFitKubernetes(),
        new MountsReferToVolumes(),
        new EnvFilesEndInDotEnv(),
        new SecretReferencesAreWellFormed(),
        new ResourcesMinNotAboveMax(),
        new FargateTaskSize(),
        new FargateNeedsTaskSize(),
        new WorkloadTypeAllowsSidecars(),
        new WindowsHasNoFireLens(),
        new EcsContainerLimit(),
        new SomeContainerIsEssential(),
        new EphemeralStorageFitsEcs(),
        new WindowsHasNoReadOnlyRootFilesystem(),
        new TaskDefinitionOverridesAllowed(),
        new JobSettingsFitCopilot(),
        new OneManagedEfsVolume(),
        new EfsAccessPointAtRoot(),
        new EnvironmentNamesFitKubernetes(),
        new VolumeNamesAreUnique(),
        new TargetGaps());
  }
}
