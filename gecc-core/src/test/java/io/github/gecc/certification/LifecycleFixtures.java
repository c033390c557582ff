package io.github.gecc.certification;

import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds centres for the tests: random but valid centres and policies from a seed, for the jqwik
 * properties, and centres certified in given rounds.
 */
final class LifecycleFixtures {

  private LifecycleFixtures() {}

  /** A centre without reports certified in some rounds, each on 1 September of the round. */
  static Centre certifiedIn(String id, int... rounds) {
    List<Certification> certifications = new ArrayList<>();
    for (int round : rounds) {
      certifications.add(
          Certification.of(id, FiscalYear.of(round), LocalDate.of(round - 543, 9, 1)));
    }
    return Centre.of(id, certifications, List.of());
  }

  static LifecyclePolicy policy(Random random) {
    ValidityPolicy validity =
        random.nextBoolean() ? ValidityPolicy.YEARS_FROM_DATE : ValidityPolicy.FISCAL_YEARS;
    ReportPolicy.Builder report = ReportPolicy.builder().dueAfterDays(random.nextInt(91));
    if (random.nextInt(3) == 0) {
      report.satisfactionThreshold(random.nextInt(100));
    }
    return LifecyclePolicy.of(validity, report.build());
  }

  static List<Certification> certifications(String id, Random random) {
    List<Certification> certifications = new ArrayList<>();
    LocalDate previous = LocalDate.MIN;
    int round = 2558 + random.nextInt(4);
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      round += 1 + random.nextInt(3);
      FiscalYear fiscalYear = FiscalYear.of(round);
      // Mostly in the round's fiscal year, sometimes just after it (a ceremony on 2 October).
      LocalDate date =
          fiscalYear.start().plusDays(random.nextInt(random.nextInt(5) == 0 ? 400 : 365));
      if (date.isBefore(Certification.earliestDate(fiscalYear))) {
        date = Certification.earliestDate(fiscalYear);
      }
      if (date.isAfter(previous)) {
        certifications.add(Certification.of(id, fiscalYear, date));
        previous = date;
      }
    }
    return certifications;
  }

  /** A centre whose reports answer a random part of its schedule under {@code policy}. */
  static Centre centre(String id, Random random, LifecyclePolicy policy) {
    List<Certification> certifications = certifications(id, random);
    ReportSchedule schedule =
        ReportSchedule.of(CertificationHistory.of(id, certifications), policy);
    List<MaintenanceReport> reports = new ArrayList<>();
    for (Obligation obligation : schedule.obligations()) {
      if (random.nextInt(3) > 0) {
        MaintenanceReport.Builder report =
            MaintenanceReport.builder()
                .period(obligation.period())
                .submittedOn(obligation.due().plusDays(random.nextInt(120) - 90));
        if (random.nextBoolean()) {
          report.satisfaction(SatisfactionResult.of(random.nextInt(500), random.nextInt(101)));
        }
        reports.add(report.build());
      }
    }
    return Centre.of(id, certifications, reports);
  }

  static LocalDate date(Random random) {
    return LocalDate.of(2016, 1, 1).plusDays(random.nextInt(12 * 365));
  }
}
