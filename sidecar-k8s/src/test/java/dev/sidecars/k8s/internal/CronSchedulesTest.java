package dev.sidecars.k8s.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.k8s.KubernetesEmitException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every form of Copilot's on.schedule, as a Kubernetes CronJob schedule or refused. */
class CronSchedulesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // cron expressions and macros mean the same to Copilot and Kubernetes: kept as written
      "0 9 * * 1-5 | 0 9 * * 1-5",
      "*/5  *  * * * | */5 * * * *",
      "0 0 1 JAN,JUL ? | 0 0 1 JAN,JUL ?",
      "@hourly | @hourly",
      "@daily | @daily",
      "@midnight | @midnight",
      "@weekly | @weekly",
      "@monthly | @monthly",
      "@yearly | @yearly",
      "@annually | @annually",
      // @every and rate(): the cron expression with the same interval
      "@every 1m | * * * * *",
      "@every 15m | */15 * * * *",
      "@every 30m0s | */30 * * * *",
      "@every 1h | 0 * * * *",
      "@every 0.5h | */30 * * * *",
      "@every 6h | 0 */6 * * *",
      "@every 24h | 0 0 * * *",
      "@every 168h | 0 0 * * 0",
      "rate(1 minute) | * * * * *",
      "rate(10 minutes) | */10 * * * *",
      "rate(2 hours) | 0 */2 * * *",
      "rate(1 day) | 0 0 * * *",
      "rate(7 days) | 0 0 * * 0",
      // Amazon's six-field cron: ? is *, the year goes, weekdays count from 0
      "cron(0 9 ? * 2-6 *) | 0 9 * * 1-5",
      "cron(15 10 ? * 1,7 *) | 15 10 * * 0,6",
      "cron(0 0 ? * 2/2 *) | 0 0 * * 1/2",
      "cron(0 12 1 * ? *) | 0 12 1 * *",
      "cron(0 8 ? * MON-FRI *) | 0 8 * * MON-FRI"})
  void aScheduleBecomesTheSameCronJobSchedule(String copilot, String kubernetes) {
    assertThat(CronSchedules.toKubernetes(copilot)).contains(kubernetes);
  }

  @Test
  void noneHasNoSchedule() {
    assertThat(CronSchedules.toKubernetes("none")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "@every 90m | '@every 90m' runs every 90 minutes, which no cron expression says exactly",
      "@every 7m | '@every 7m' runs every 7 minutes, which no cron expression says exactly",
      "rate(5 hours) | 'rate(5 hours)' runs every 300 minutes, which no cron expression says exactly",
      "rate(3 days) | 'rate(3 days)' runs every 4320 minutes",
      "@every 90s | the duration must be a whole number of minutes, at least 1",
      "@every 30s | the duration must be a whole number of minutes, at least 1",
      "@every soon | has no duration such as 15m or 1h30m after @every",
      "@fortnightly | is not a schedule; the macros are @hourly",
      "0 9 * * | is not a schedule: give five cron fields",
      "every day at nine | is not a schedule: give five cron fields",
      "cron(0 9 ? * 2-6 2027) | names the year 2027, which Kubernetes cron cannot",
      "cron(0 9 L * ? *) | uses Amazon's L, W or # in 'L'",
      "cron(0 9 15W * ? *) | uses Amazon's L, W or # in '15W'",
      "cron(0 9 ? * 6#3 *) | uses Amazon's L, W or # in '6#3'",
      "cron(0 9 ? * 0 *) | Amazon's weekdays are 1 (Sunday) to 7 (Saturday), not 0",
      "cron(0 9 * *) | is not an Amazon cron expression of six fields"})
  void aScheduleNoCronJobCanSayIsRefusedNamingIt(String copilot, String problem) {
    assertThatThrownBy(() -> CronSchedules.toKubernetes(copilot))
        .isInstanceOf(KubernetesEmitException.class)
        .hasMessageStartingWith("job.schedule: ")
        .hasMessageContaining(problem);
  }

  @Test
  void anEmptyScheduleIsRefused() {
    assertThatThrownBy(() -> CronSchedules.toKubernetes(" "))
        .isInstanceOf(KubernetesEmitException.class)
        .hasMessage("job.schedule: the Scheduled Job has no schedule; give on.schedule, or a schedule to the emitter");
  }
}
