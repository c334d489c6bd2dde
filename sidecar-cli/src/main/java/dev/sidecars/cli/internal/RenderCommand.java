package dev.sidecars.cli.internal;

import dev.sidecars.ecs.CloudFormationFormat;
import dev.sidecars.ecs.EcsEmitter;
import dev.sidecars.ecs.EcsImport;
import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.ManifestWarning;
import dev.sidecars.formats.copilot.CopilotManifest;
import dev.sidecars.k8s.KubernetesEmitter;
import dev.sidecars.k8s.KubernetesImport;
import dev.sidecars.k8s.KubernetesResult;
import dev.sidecars.model.Container;
import dev.sidecars.model.ContainerPatch;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Origin;
import dev.sidecars.model.Resources;
import dev.sidecars.model.SidecarTemplate;
import dev.sidecars.model.SourceMap;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import dev.sidecars.model.spi.EmitException;
import dev.sidecars.model.spi.EmitSettings;
import dev.sidecars.model.spi.WorkloadEmitter;
import dev.sidecars.report.FileReport;
import dev.sidecars.report.Finding;
import dev.sidecars.report.ReportFormat;
import dev.sidecars.validation.FargateTaskSizes;
import dev.sidecars.validation.Profile;
import dev.sidecars.validation.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sidecar render}: what a target runs, from a manifest that is valid for it. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turn a manifest into what a target runs: an ECS task definition or Kubernetes YAML. "
        + "A workload with errors for the target is not rendered; its problems are printed as 'validate' prints them.",
    footer = {"", "Examples:", "  sidecar render --to k8s examples/copilot/api/manifest.yml --env prod",
        "  sidecar render --to ecs -o taskdef.json examples/copilot/api/manifest.yml",
        "", "A sidecar template (a Mia-Platform item) renders as a workload of its one container, named after the item.",
        "Standard error shows the warnings of the reader, the validation and the emitter.",
        "Exit codes: 0 rendered, 1 the workload has errors for the target, 2 usage error or unreadable file."})
public final class RenderCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand TopCommand top;

  @Mixin InputOptions input;

  @Option(names = "--to", required = true, paramLabel = "TARGET",
      description = "ecs, ecs-cloudformation, k8s, or another target 'sidecar targets' lists.")
  String target;

  @Option(names = "--k8s-sidecars", paramLabel = "native|classic",
      description = "Kubernetes: native sidecars (init containers that keep running, 1.29+) or classic extra containers. Default: native.")
  String sidecars;

  @Option(names = "--k8s-version", paramLabel = "X.Y",
      description = "Kubernetes: the cluster's version; below 1.29 sidecars are classic, from 1.34 the task size is "
          + "the pod's resources.")
  String kubernetesVersion;

  @Option(names = "--k8s-kind", paramLabel = "deployment|cronjob|job|podspec",
      description = "Kubernetes: the object that holds the pod. Default: a cronjob for a Scheduled Job (a job when "
          + "its schedule is none), else a deployment.")
  String kind;

  @Option(names = "--k8s-schedule", paramLabel = "CRON",
      description = "Kubernetes: the CronJob's schedule, in place of the manifest's (Copilot's on.schedule).")
  String schedule;

  @Option(names = "--image", paramLabel = "CONTAINER=REFERENCE",
      description = "The pushed image of a container the manifest builds (image.build); repeatable.")
  Map<String, String> builtImages = new LinkedHashMap<>();

  @Option(names = "--env-file", paramLabel = "PATH=S3_ARN",
      description = "ECS: the S3 object an env_file was uploaded to; repeatable.")
  Map<String, String> environmentFiles = new LinkedHashMap<>();

  @Option(names = "--efs", paramLabel = "VOLUME=FILE_SYSTEM_ID[:ACCESS_POINT_ID]",
      description = "ECS: the EFS file system of a volume Copilot would create (efs: true), and the access point to "
          + "mount it through (the CloudFormation template creates one when it is not given); or the file system a "
          + "volume imports from CloudFormation (id: {from_cfn: ...}), for the API request; repeatable.")
  Map<String, String> fileSystems = new LinkedHashMap<>();

  @Option(names = "--region", paramLabel = "REGION",
      description = "ECS: the region, for the ARNs of Secrets Manager secrets named without one. "
          + "Default: AWS_REGION, else AWS_DEFAULT_REGION, as the AWS CLI reads them.")
  String region;

  @Option(names = "--account-id", paramLabel = "ACCOUNT",
      description = "ECS: the account, for the ARNs of Secrets Manager secrets named without one.")
  String accountId;

  @Option(names = "--execution-role-arn", paramLabel = "ARN",
      description = "ECS: the task execution role, which reads secrets, environment files and private images.")
  String executionRoleArn;

  @Option(names = "--task-role-arn", paramLabel = "ARN", description = "ECS: the role the task's containers act as.")
  String taskRoleArn;

  @Option(names = "--task-size", paramLabel = "CPU_UNITS/MIB|fit",
      description = "ECS: the task's size, for example 512/1024, in place of the workload's (a Kubernetes workload has "
          + "none, and Fargate needs one of its pairs); 'fit': the smallest Fargate size that holds the containers' "
          + "CPU and memory (their limits, else their requests).")
  String taskSize;

  @Option(names = {"-o", "--output-file"}, paramLabel = "FILE", description = "Write here instead of to standard output.")
  Path outputFile;

  @Parameters(paramLabel = "FILE", description = "The manifest.")
  Path file;

  @Override
  public Integer call() {
    WorkloadEmitter emitter = emitter();
    checkKubernetesOptions();
    Loaded loaded;
    try {
      loaded = input.loader(top.environment()).load(file);
    } catch (ManifestException e) {
      throw new CliException(CliException.UNUSABLE, e);
    }
    Loaded.Case chosen = loaded.first().orElseGet(() -> new Loaded.Case(Optional.empty(),
        preview(loaded.template().orElseThrow()), asMain(loaded.templateSources()),
        concat(loaded.templateWarnings(), loaded.renderWarnings()), Set.of()));
    refuseUnresolved(chosen);
    chosen = withTaskSize(chosen);
    Workload workload = chosen.workload();
    PrintWriter err = spec.commandLine().getErr();
    List<Finding> warnings = new ArrayList<>();
    chosen.warnings().forEach(w -> warnings.add(Finding.of(file.toString(), w)));
    chosen.renderWarnings().forEach(w -> warnings.add(Finding.of(file.toString(), w)));
    if (loaded.kind() == InputKind.COPILOT && workload.type() == WorkloadType.REQUEST_DRIVEN_WEB_SERVICE) {
      warnings.add(Finding.renderWarning(file.toString(), "Copilot runs a Request-Driven Web Service on AWS App Runner, "
          + "not ECS; this is what its container would be on " + (target.startsWith("ecs") ? "ECS" : "this target")));
    }
    Optional<Profile> profile = profile();
    if (profile.isPresent()) {
      ValidationReport report = Checker.validate(chosen, EnumSet.of(profile.get()));
      if (!report.isValid()) {
        List<Finding> findings = report.violations().stream()
            .map(v -> Finding.of(file.toString(), v)).collect(Collectors.toList());
        err.print(ReportFormat.TEXT.write(List.of(new FileReport(file.toString(), findings, false)), VersionProvider.version()));
        err.flush();
        return CliException.INVALID;
      }
      report.warnings().stream()
          // The Kubernetes emitter's own warnings say what these say, about its output.
          .filter(v -> !(profile.get() == Profile.KUBERNETES && v.code().equals("kubernetes.unsupported")))
          .forEach(v -> warnings.add(Finding.of(file.toString(), v)));
    }
    if (loaded.kubernetes().size() > 1) {
      warnings.add(Finding.renderWarning(file.toString(), "the file holds " + loaded.kubernetes().size()
          + " workloads; this is the first, " + chosen.label() + ", rendered"));
    }
    String rendered = emit(emitter, workload, chosen.sources(), warnings, loaded);
    warnings.forEach(w -> err.println(w.toText()));
    err.flush();
    write(rendered);
    return 0;
  }

  /** The case with the task size {@code --task-size} gives, if any. */
  private Loaded.Case withTaskSize(Loaded.Case chosen) {
    if (taskSize == null) {
      return chosen;
    }
    if (!target.startsWith("ecs")) {
      throw new CliException(CliException.UNUSABLE, "--task-size applies only to --to ecs and ecs-cloudformation.");
    }
    List<ManifestWarning> renderWarnings = chosen.renderWarnings();
    String size = taskSize;
    if (taskSize.equals("fit")) {
      long units = 0;
      long mib = 0;
      for (Container c : chosen.workload().containers()) {
        Optional<Resources> r = c.resources();
        units += r.flatMap(x -> x.cpuMax().or(x::cpuMin)).map(cpu -> cpu.ecsUnits(RoundingMode.CEILING)).orElse(0L);
        mib += r.flatMap(x -> x.memoryMax().or(x::memoryMin)).map(m -> m.mebibytes(RoundingMode.CEILING)).orElse(0L);
      }
      long neededUnits = units;
      long neededMib = mib;
      FargateTaskSizes.Size fitted = FargateTaskSizes.smallestHolding(units, mib).orElseThrow(() -> new CliException(
          CliException.INVALID, file + ": the containers need " + neededUnits + " CPU units and " + neededMib + " MiB, "
              + "more than Fargate's largest task; give --task-size CPU_UNITS/MIB for EC2."));
      size = fitted.toString();
      renderWarnings = new ArrayList<>(renderWarnings);
      renderWarnings.add(new ManifestWarning(file.toString(), 0, 0, "cpu", "--task-size fit: " + size + ", the smallest "
          + "Fargate task that holds the containers' " + units + " CPU units and " + mib + " MiB", "render.task-size"));
    } else if (!taskSize.matches("\\d{1,6}/\\d{1,7}")) {
      throw new CliException(CliException.UNUSABLE, "--task-size " + taskSize + ": expected CPU_UNITS/MIB, for example "
          + "512/1024, or fit.");
    }
    String[] parts = size.split("/");
    Workload sized = chosen.workload().toBuilder().cpu(Cpu.ofEcsUnits(Long.parseLong(parts[0])))
        .memory(Memory.ofMebibytes(Long.parseLong(parts[1]))).build();
    return new Loaded.Case(chosen.environment(), sized, chosen.sources(), chosen.warnings(), chosen.unresolved(),
        renderWarnings, chosen.notApplicable());
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** A predefined Copilot variable without a value would be rendered as its ${NAME}. */
  private void refuseUnresolved(Loaded.Case chosen) {
    if (chosen.unresolved().contains(CopilotManifest.APPLICATION_VARIABLE)) {
      throw new CliException(CliException.UNUSABLE, file + ": uses ${" + CopilotManifest.APPLICATION_VARIABLE
          + "}, and the application is not known; name it with --app NAME.");
    }
    if (chosen.unresolved().contains(CopilotManifest.ENVIRONMENT_VARIABLE)) {
      throw new CliException(CliException.UNUSABLE, file + ": uses ${" + CopilotManifest.ENVIRONMENT_VARIABLE
          + "}, which only an environment has; choose one with --env NAME.");
    }
  }

  private WorkloadEmitter emitter() {
    List<WorkloadEmitter> available = WorkloadEmitter.available();
    return available.stream().filter(e -> e.target().equals(target)).findFirst()
        .orElseThrow(() -> new CliException(CliException.UNUSABLE, "unknown --to '" + target + "'; expected one of "
            + available.stream().map(WorkloadEmitter::target).collect(Collectors.joining(", ")) + "."));
  }

  private void checkKubernetesOptions() {
    if (!target.equals("k8s")) {
      for (String[] option : new String[][] {{"--k8s-sidecars", sidecars}, {"--k8s-version", kubernetesVersion},
          {"--k8s-kind", kind}, {"--k8s-schedule", schedule}}) {
        if (option[1] != null) {
          throw new CliException(CliException.UNUSABLE, option[0] + " applies only to --to k8s.");
        }
      }
    }
  }

  private Optional<Profile> profile() {
    switch (target) {
      case "ecs":
      case "ecs-cloudformation":
        return Optional.of(Profile.ECS);
      case "k8s":
        return Optional.of(Profile.KUBERNETES);
      default:
        return Optional.empty();
    }
  }

  /**
   * A template alone, as a workload of its one container, to see what it would add; for ECS
   * with the task size Copilot gives a Backend Service, which Fargate needs.
   */
  private Workload preview(SidecarTemplate template) {
    Workload.Builder workload = Workload.builder()
        .name(template.itemId())
        .type(WorkloadType.BACKEND_SERVICE)
        .main(template.instantiate(ContainerPatch.empty()));
    if (target.startsWith("ecs")) {
      workload.cpu(Cpu.ofEcsUnits(256)).memory(Memory.ofMebibytes(512));
    }
    return workload.build();
  }

  /** The template's origins under the preview's paths: its {@code defaults} are the main container. */
  private static SourceMap asMain(SourceMap template) {
    Map<String, Origin> origins = new LinkedHashMap<>();
    template.origins().forEach((path, origin) -> origins.put(
        path.equals("defaults") ? "main" : path.startsWith("defaults.") ? "main." + path.substring("defaults.".length())
            : path, origin));
    return SourceMap.of(origins);
  }

  private String emit(WorkloadEmitter emitter, Workload workload, SourceMap sources, List<Finding> warnings,
      Loaded loaded) {
    Optional<EcsImport> imported = loaded.ecs();
    try {
      switch (target) {
        case "ecs":
          return ecs(imported).toApiJson(workload);
        case "ecs-cloudformation":
          return ecs(imported).toCloudFormation(workload, CloudFormationFormat.YAML);
        case "k8s": {
          KubernetesResult result = kubernetes(loaded.kubernetes().stream().findFirst()).emit(workload);
          result.warnings().forEach(w -> warnings.add(Finding.of(file.toString(), w, sources)));
          return result.toYaml();
        }
        default:
          try {
            return emitter.configure(settings(true)).emit(workload);
          } catch (UnsupportedOperationException e) {
            throw new CliException(CliException.UNUSABLE, e.getMessage() + "; leave out the options it does not take.", e);
          }
      }
    } catch (EmitException e) {
      throw cannotRender(e, e.path(), workload);
    }
  }

  private CliException cannotRender(RuntimeException e, String path, Workload workload) {
    String hint = "";
    if (path.endsWith("image")) {
      String container = path.startsWith("main") ? workload.main().name()
          : path.replaceFirst("^sidecars\\.", "").replaceFirst("\\.image$", "");
      hint = "; pass --image " + container + "=REFERENCE";
    } else if (path.startsWith("volumes[") && path.endsWith("].efs")) {
      hint = "; pass --efs " + path.substring("volumes[".length(), path.length() - "].efs".length())
          + (e.getMessage().contains("access point") ? "=FILE_SYSTEM_ID:ACCESS_POINT_ID" : "=FILE_SYSTEM_ID");
    } else if (path.endsWith("envFile")) {
      hint = "; pass --env-file PATH=S3_ARN";
    } else if (path.equals("executionRoleArn")) {
      hint = "; pass --execution-role-arn ARN";
    } else if (e.getMessage().contains("needs a region and account")) {
      hint = "; pass --region REGION and --account-id ACCOUNT";
    }
    return new CliException(CliException.INVALID, file + ": cannot render for " + target + ": " + e.getMessage() + hint, e);
  }

  /** The ECS emitter; for an imported task definition, with its family, roles and launch type unless options say otherwise. */
  private EcsEmitter ecs(Optional<EcsImport> imported) {
    // validated above, with the file's lines
    return imported.map(EcsImport::emitter).orElseGet(EcsEmitter::builder).settings(settings(false)).build();
  }

  /** The Kubernetes emitter; for an imported workload, with its kind and sidecar mode unless options say otherwise. */
  private KubernetesEmitter kubernetes(Optional<KubernetesImport> imported) {
    // validated above, with the file's lines
    return imported.map(KubernetesImport::emitter).orElseGet(KubernetesEmitter::builder).settings(settings(false)).build();
  }

  /**
   * The deployment's settings the options give, each checked for its form first so that a
   * mistake is a usage error naming the option.
   */
  private EmitSettings settings(boolean validateFirst) {
    EmitSettings.Builder settings = EmitSettings.builder().validateFirst(validateFirst);
    Optional.ofNullable(region).or(() -> Optional.ofNullable(top.environment().get("AWS_REGION")))
        .or(() -> Optional.ofNullable(top.environment().get("AWS_DEFAULT_REGION")))
        .filter(r -> !r.isBlank()).ifPresent(settings::region);
    Optional.ofNullable(accountId).ifPresent(settings::accountId);
    Optional.ofNullable(executionRoleArn).ifPresent(settings::executionRoleArn);
    Optional.ofNullable(taskRoleArn).ifPresent(settings::taskRoleArn);
    builtImages.forEach(settings::builtImage);
    environmentFiles.forEach(settings::environmentFile);
    fileSystems.forEach((volume, value) -> {
      int colon = value.indexOf(':');
      if (value.isBlank() || colon == 0 || colon == value.length() - 1) {
        throw new CliException(CliException.UNUSABLE, "--efs " + volume + "=" + value
            + ": expected VOLUME=FILE_SYSTEM_ID or VOLUME=FILE_SYSTEM_ID:ACCESS_POINT_ID, for example "
            + volume + "=fs-0123456789abcdef0:fsap-0123456789abcdef0.");
      }
      settings.fileSystem(volume, value);
    });
    if (sidecars != null) {
      Choice.<String>of("--k8s-sidecars").or("native", "native").or("classic", "classic").parse(sidecars);
      settings.sidecarMode(sidecars);
    }
    if (kubernetesVersion != null) {
      // each part is at most 4 digits: a larger number is no Kubernetes version, nor an int
      if (!kubernetesVersion.matches("v?\\d{1,4}\\.\\d{1,4}(\\.\\d{1,4})?")) {
        throw new CliException(CliException.UNUSABLE,
            "unknown --k8s-version '" + kubernetesVersion + "'; expected MAJOR.MINOR, for example 1.30.");
      }
      settings.kubernetesVersion(kubernetesVersion);
    }
    if (kind != null) {
      Choice.<String>of("--k8s-kind").or("deployment", "deployment").or("cronjob", "cronjob").or("job", "job")
          .or("podspec", "podspec").parse(kind);
      settings.kubernetesKind(kind);
    }
    Optional.ofNullable(schedule).ifPresent(settings::schedule);
    return settings.build();
  }

  private void write(String rendered) {
    if (outputFile == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(rendered);
      out.flush();
      return;
    }
    try {
      Files.writeString(outputFile, rendered, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException(CliException.UNUSABLE,
          outputFile + ": cannot be written (" + e.getMessage() + "); check the directory and its permissions.", e);
    }
  }
}
