package dev.sidecars.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.k8s.internal.YamlText;
import dev.sidecars.model.Container;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.JobSettings;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import dev.sidecars.model.spi.EmitWarning;
import io.kubernetes.client.openapi.models.V1CronJob;
import io.kubernetes.client.openapi.models.V1Job;
import io.kubernetes.client.openapi.models.V1JobSpec;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A Scheduled Job becomes the Kubernetes object that runs it as the manifest means. */
class ScheduledJobTest {
  /** The emitter's own guards, which validation (on by default) reports before them. */
  private static final KubernetesEmitter UNVALIDATED = KubernetesEmitter.builder().validateFirst(false).build();

  private static Workload job(JobSettings settings, Container... sidecars) {
    return Workload.builder().name("report").type(WorkloadType.SCHEDULED_JOB)
        .main(Container.builder().name("report").image("acme/report:1").build())
        .addSidecars(sidecars).job(settings).build();
  }

  private static V1CronJob cronJob(KubernetesResult result) throws Exception {
    KubernetesOracle.check(result);
    assertThat(result.workload()).isPresent();
    return V1CronJob.fromJson(YamlText.json(result.workload().get()));
  }

  @Test
  void aScheduledJobIsOneCronJobWithItsScheduleTimeoutAndRetries() throws Exception {
    KubernetesResult result = KubernetesEmitter.create().emit(job(JobSettings.builder()
        .schedule("rate(15 minutes)").timeout(Duration.ofHours(1)).retries(3).build()));
    V1CronJob cronJob = cronJob(result);
    assertThat(cronJob.getSpec().getSchedule()).isEqualTo("*/15 * * * *");
    V1JobSpec spec = cronJob.getSpec().getJobTemplate().getSpec();
    assertThat(spec.getActiveDeadlineSeconds()).isEqualTo(3600L);
    assertThat(spec.getBackoffLimit()).isEqualTo(3);
    assertThat(spec.getTemplate().getSpec().getRestartPolicy()).isEqualTo("Never");
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void withoutRetriesTheJobRunsOnceAsCopilotRunsIt() throws Exception {
    V1JobSpec spec = cronJob(KubernetesEmitter.create().emit(job(JobSettings.builder().schedule("@daily").build())))
        .getSpec().getJobTemplate().getSpec();
    assertThat(spec.getBackoffLimit()).isZero();
    assertThat(spec.getActiveDeadlineSeconds()).isNull();
  }

  @Test
  void aJobWhoseScheduleIsNoneIsAJob() throws Exception {
    KubernetesResult result = KubernetesEmitter.create().emit(job(JobSettings.builder().schedule("none").retries(1).build()));
    KubernetesOracle.check(result);
    assertThat(result.workload().get().getKind()).isEqualTo("Job");
    V1Job job = V1Job.fromJson(YamlText.json(result.workload().get()));
    assertThat(job.getSpec().getBackoffLimit()).isEqualTo(1);
  }

  @Test
  void theKindAndScheduleGivenToTheEmitterWin() throws Exception {
    Workload daily = job(JobSettings.builder().schedule("@daily").timeout(Duration.ofMinutes(5)).build());
    KubernetesResult asJob = KubernetesEmitter.builder().kind(WorkloadKind.JOB).build().emit(daily);
    assertThat(asJob.workload().get().getKind()).isEqualTo("Job");
    assertThat(V1Job.fromJson(YamlText.json(asJob.workload().get())).getSpec().getActiveDeadlineSeconds()).isEqualTo(300L);

    KubernetesResult hourly = KubernetesEmitter.builder().schedule("0 * * * *").build().emit(daily);
    assertThat(cronJob(hourly).getSpec().getSchedule()).isEqualTo("0 * * * *");
    assertThat(hourly.warnings()).containsExactly(EmitWarning.of("k8s.schedule-replaced", "job.schedule",
        "the schedule 0 * * * * given to the emitter replaces the workload's @daily"));

    KubernetesResult asDeployment = KubernetesEmitter.builder().kind(WorkloadKind.DEPLOYMENT).build().emit(daily);
    assertThat(asDeployment.workload().get().getKind()).isEqualTo("Deployment");
    assertThat(asDeployment.warnings()).containsExactly(EmitWarning.of("k8s.not-emitted", "job",
        "the job's schedule, timeout and retries belong to a Job or CronJob; a Deployment does not carry them"));
  }

  @Test
  void aServiceIsStillADeploymentAndACronJobNeedsASchedule() {
    Workload service = job(JobSettings.empty()).toBuilder().type(WorkloadType.BACKEND_SERVICE).job(java.util.Optional.empty())
        .build();
    assertThat(KubernetesEmitter.create().emit(service).workload().get().getKind()).isEqualTo("Deployment");
    assertThatThrownBy(() -> KubernetesEmitter.builder().kind(WorkloadKind.CRON_JOB).build().emit(service))
        .isInstanceOf(KubernetesEmitException.class)
        .hasMessage("job.schedule: a CronJob needs a schedule; give the workload one (Copilot's on.schedule), or give it "
            + "to the emitter");
    assertThatThrownBy(() -> KubernetesEmitter.builder().kind(WorkloadKind.CRON_JOB).build()
        .emit(job(JobSettings.builder().schedule("none").build())))
        .isInstanceOf(KubernetesEmitException.class)
        .hasMessageContaining("the schedule is none, so the job never runs on its own");
  }

  @Test
  void aScheduleNoCronJobCanSayStopsTheRender() {
    assertThatThrownBy(() -> UNVALIDATED.emit(job(JobSettings.builder().schedule("@every 90m").build())))
        .isInstanceOf(KubernetesEmitException.class)
        .hasMessageStartingWith("job.schedule: '@every 90m' runs every 90 minutes");
  }

  @Test
  void aRunOnceInitContainerIsNotSaidToRestart() throws Exception {
    Container migrate = Container.builder().name("migrate").image("acme/migrate:1").essential(false).build();
    Container logs = Container.builder().name("logs").image("acme/logs:1").essential(false).build();
    Workload workload = job(JobSettings.builder().schedule("@daily").build(), migrate, logs).toBuilder()
        .main(Container.builder().name("report").image("acme/report:1")
            .putDependsOn("migrate", DependencyCondition.SUCCESS).build())
        .build();
    KubernetesResult result = KubernetesEmitter.create().emit(workload);
    V1CronJob cronJob = cronJob(result);
    assertThat(cronJob.getSpec().getJobTemplate().getSpec().getTemplate().getSpec().getInitContainers())
        .extracting(c -> c.getName() + ":" + c.getRestartPolicy()).containsExactly("migrate:null", "logs:Always");
    assertThat(result.warnings()).containsExactly(EmitWarning.of("k8s.not-essential", "sidecars.logs.essential",
        "logs is not essential, which Kubernetes cannot express; it is restarted like any container"));
  }

  @Test
  void negativeTimeoutsAndRetriesAreNeverEmitted() {
    assertThatThrownBy(() -> UNVALIDATED.emit(job(JobSettings.builder().schedule("@daily").retries(-1).build())))
        .isInstanceOf(KubernetesEmitException.class)
        .hasMessage("job.retries: a Job's backoff limit is not negative, and this is -1");
    assertThatThrownBy(() -> UNVALIDATED.emit(job(JobSettings.builder().schedule("@daily")
        .timeout(Duration.ofSeconds(-5)).build())))
        .isInstanceOf(KubernetesEmitException.class)
        .hasMessage("job.timeout: a Job's deadline is a positive number of seconds, not -5");
  }
}
