package io.github.gecc.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.gecc.certification.Centre;
import io.github.gecc.certification.Certification;
import io.github.gecc.certification.CertificationHistory;
import io.github.gecc.certification.LifecyclePolicy;
import io.github.gecc.certification.MaintenanceReport;
import io.github.gecc.certification.Obligation;
import io.github.gecc.certification.Portfolio;
import io.github.gecc.certification.ReportSchedule;
import io.github.gecc.certification.SatisfactionResult;
import io.github.gecc.rules.BundledRulebooks;
import io.github.gecc.rules.Criterion;
import io.github.gecc.rules.Level;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * A deterministic synthetic national portfolio: centres with certification histories and
 * maintenance reports, for benchmarks, the {@code generate} command and demonstrations. Nothing in
 * it is real data.
 *
 * <p>How it is drawn (every figure here is a documented, replaceable choice of this generator, not
 * a fact):
 *
 * <ul>
 *   <li>Centre ids are {@code C000001}, {@code C000002}, …; centre {@code i} is drawn from its own
 *       random stream (seed and index mixed), so a centre is the same whatever the number of
 *       centres generated, and a seed always gives the same centres, on any JVM ({@link Random}'s
 *       algorithm is specified).
 *   <li>Rounds are 2559..2568. A centre's first certification round is weighted by the numbers of
 *       centres certified per round reported in RULES.md §10 (41 in 2559, 242 in 2560, 385 in 2561,
 *       828 in 2568; the rounds between 2561 and 2568 are interpolated linearly).
 *   <li>Certification dates are the ceremony dates of RULES.md §10 (21 Sep 2560, 27 Sep 2561, 2 Oct
 *       2563, 30 Sep 2564, 28 Sep 2565, 30 Aug 2566, 29 Aug 2568). RULES.md lists no ceremony for
 *       rounds 2559, 2562 and 2567: this generator uses 30 September of the round's fiscal year for
 *       them, a placeholder.
 *   <li>After a certification the centre renews three rounds later (validity is 3 years, RULES.md
 *       §5) with probability 3/4, four rounds later (a gap) with probability 1/10, otherwise never,
 *       while rounds last.
 *   <li>Reports follow the library's own schedule under {@link LifecyclePolicy#defaults()}
 *       (RULES.md §6): of the obligations, 85% are answered on time (between the period's end and
 *       its due day), 10% late (up to 60 days after the due day), 5% never; a report submitted
 *       after {@link #AS_OF} is left out. 19 reports in 20 carry satisfaction results (30..400
 *       respondents, a score 70.0..100.0); every report carries a Self Checklist of three BASIC
 *       criteria of GECC-2560, each still met with probability 9/10.
 *   <li>A centre's self-assessment ({@link #assessments()}, for {@code gecc impact}) is drawn from
 *       its own stream too: all 40 BASIC criteria of GECC-2560 with probability 3/4, else the first
 *       30 to 39 of them; then the first 0 to 20 ADVANCED criteria, each count equally likely.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticNation {

  /**
   * The most centres generated at once: national scale is thousands of centres (RULES.md §10), this
   * is more than ten times beyond it.
   */
  public static final int MAX_CENTRES = 100_000;

  /** The date the synthetic data is a snapshot of: reports after it do not exist yet. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

  /** The round the portfolio document asks about (who must apply), the one after the data. */
  public static final FiscalYear ROUND = FiscalYear.of(2569);

  private static final int FIRST_ROUND = 2559;
  private static final int LAST_ROUND = 2568;

  /** Certification dates per round, from 2559: §10 ceremonies, 30 Sep placeholders otherwise. */
  private static final ImmutableList<LocalDate> CERTIFICATION_DATES =
      ImmutableList.of(
          LocalDate.of(2016, 9, 30), // 2559: no ceremony in RULES.md, placeholder
          LocalDate.of(2017, 9, 21), // 2560
          LocalDate.of(2018, 9, 27), // 2561
          LocalDate.of(2019, 9, 30), // 2562: no ceremony in RULES.md, placeholder
          LocalDate.of(2020, 10, 2), // 2563
          LocalDate.of(2021, 9, 30), // 2564
          LocalDate.of(2022, 9, 28), // 2565
          LocalDate.of(2023, 8, 30), // 2566
          LocalDate.of(2024, 9, 30), // 2567: no ceremony in RULES.md, placeholder
          LocalDate.of(2025, 8, 29)); // 2568

  /** Weights of the first round, from 2559: §10 counts, interpolated between 2561 and 2568. */
  private static final int[] FIRST_ROUND_WEIGHTS = {
    41, 242, 385, 448, 512, 575, 638, 701, 765, 828
  };

  private static final int TOTAL_WEIGHT = sum(FIRST_ROUND_WEIGHTS);

  private static final int CHECKLIST_SIZE = 3;

  private static final ImmutableList<String> BASIC_CRITERIA =
      BundledRulebooks.gecc2560().criteriaOf(Level.BASIC).stream()
          .map(Criterion::id)
          .collect(ImmutableList.toImmutableList());

  private static final ImmutableList<String> ADVANCED_CRITERIA =
      BundledRulebooks.gecc2560().criteriaOf(Level.ADVANCED).stream()
          .map(Criterion::id)
          .collect(ImmutableList.toImmutableList());

  private final long seed;
  private final ImmutableList<Centre> centres;

  private SyntheticNation(long seed, ImmutableList<Centre> centres) {
    this.seed = seed;
    this.centres = centres;
  }

  /**
   * Generates a synthetic nation.
   *
   * @param centres the number of centres, 1..{@value #MAX_CENTRES}
   * @param seed any number; the same seed always gives the same centres
   * @return the nation, centres in id order
   * @throws IllegalArgumentException if {@code centres} is outside 1..{@value #MAX_CENTRES}
   */
  public static SyntheticNation generate(int centres, long seed) {
    checkCentres(centres);
    LifecyclePolicy policy = LifecyclePolicy.defaults();
    ImmutableList.Builder<Centre> list = ImmutableList.builderWithExpectedSize(centres);
    for (int i = 1; i <= centres; i++) {
      list.add(centre(i, new Random(mix(seed, i)), policy));
    }
    return new SyntheticNation(seed, list.build());
  }

  /**
   * Checks a number of centres.
   *
   * @param centres the number of centres
   * @return {@code centres}
   * @throws IllegalArgumentException if {@code centres} is outside 1..{@value #MAX_CENTRES}
   */
  public static int checkCentres(int centres) {
    if (centres < 1 || centres > MAX_CENTRES) {
      throw new IllegalArgumentException(
          "number of centres "
              + centres
              + " is outside 1.."
              + MAX_CENTRES
              + ", the range the generator makes");
    }
    return centres;
  }

  /**
   * Returns the seed.
   *
   * @return the seed the centres were drawn from
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the policies the reports were drawn under.
   *
   * @return {@link LifecyclePolicy#defaults()}
   */
  public LifecyclePolicy policy() {
    return LifecyclePolicy.defaults();
  }

  /**
   * Returns the centres.
   *
   * @return the centres, ids {@code C000001} upwards
   */
  public ImmutableList<Centre> centres() {
    return centres;
  }

  /**
   * Returns the centres as a portfolio under {@link #policy()}.
   *
   * @return a new portfolio
   */
  public Portfolio portfolio() {
    return Portfolio.of(centres, policy());
  }

  /**
   * Returns a synthetic self-assessment of every centre, as the newline-delimited assessments
   * {@code gecc impact} reads: one line a centre, {@code {"id":"C000001","met":["B01",…]}}, in id
   * order, drawn as the class comment says. The same seed gives the same lines.
   *
   * @return the lines, each ending in a newline
   */
  public String assessments() {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < centres.size(); i++) {
      // A stream of its own, apart from the centre's history: the history is the same with or
      // without assessments.
      Random random = new Random(mix(~seed, i + 1));
      int basic = random.nextInt(4) == 0 ? 30 + random.nextInt(10) : BASIC_CRITERIA.size();
      int advanced = random.nextInt(ADVANCED_CRITERIA.size() + 1);
      lines.append("{\"id\":\"").append(centres.get(i).id()).append("\",\"met\":[");
      for (int b = 0; b < basic; b++) {
        lines.append(b > 0 ? "," : "").append('"').append(BASIC_CRITERIA.get(b)).append('"');
      }
      for (int a = 0; a < advanced; a++) {
        lines.append(",\"").append(ADVANCED_CRITERIA.get(a)).append('"');
      }
      lines.append("]}\n");
    }
    return lines.toString();
  }

  /**
   * Returns the portfolio document the {@code portfolio} command reads: {@code asOf} ({@link
   * #AS_OF}), {@code round} ({@link #ROUND}), the policy fields and the centres. The centres are a
   * POJO node: write the document with a mapper that has the {@code GeccModule} registered.
   *
   * @param mapper a mapper with the {@code GeccModule} registered, not null
   * @return a new JSON object
   * @throws NullPointerException if {@code mapper} is null
   */
  public ObjectNode toJson(ObjectMapper mapper) {
    ObjectNode document = mapper.createObjectNode();
    document.put("asOf", AS_OF.toString());
    document.put("round", ROUND.getValue());
    ObjectNode policy = mapper.valueToTree(policy());
    document.setAll(policy);
    // The centres stay objects (a POJO node) that the mapper's GeccModule writes as it streams the
    // document: a tree of 100,000 centres would take gigabytes.
    document.putPOJO("centres", centres);
    return document;
  }

  private static Centre centre(int index, Random random, LifecyclePolicy policy) {
    String id = String.format("C%06d", index);
    List<Certification> certifications = new ArrayList<>();
    int round = firstRound(random);
    while (round <= LAST_ROUND) {
      certifications.add(
          Certification.of(id, FiscalYear.of(round), CERTIFICATION_DATES.get(round - FIRST_ROUND)));
      double renewal = random.nextDouble();
      if (renewal < 0.75) {
        round += 3;
      } else if (renewal < 0.85) {
        round += 4;
      } else {
        break;
      }
    }
    CertificationHistory history = CertificationHistory.of(id, certifications);
    List<MaintenanceReport> reports = new ArrayList<>();
    int dueDays = policy.report().dueAfterDays();
    for (Obligation obligation : ReportSchedule.of(history, policy).obligations()) {
      LocalDate end = obligation.period().end();
      double answer = random.nextDouble();
      LocalDate submitted;
      if (answer < 0.85) {
        submitted = end.plusDays(1 + random.nextInt(dueDays));
      } else if (answer < 0.95) {
        submitted = obligation.due().plusDays(1 + random.nextInt(60));
      } else {
        continue;
      }
      MaintenanceReport.Builder report =
          MaintenanceReport.builder().period(obligation.period()).submittedOn(submitted);
      if (random.nextInt(20) != 0) {
        report.satisfaction(
            SatisfactionResult.of(30 + random.nextInt(371), (700 + random.nextInt(301)) / 10.0));
      }
      report.putAllChecklist(checklist(random));
      if (!submitted.isAfter(AS_OF)) {
        reports.add(report.build());
      }
    }
    return Centre.of(id, certifications, reports);
  }

  private static ImmutableMap<String, Boolean> checklist(Random random) {
    int[] picks = new int[CHECKLIST_SIZE];
    int picked = 0;
    while (picked < CHECKLIST_SIZE) {
      int pick = random.nextInt(BASIC_CRITERIA.size());
      if (Arrays.stream(picks, 0, picked).noneMatch(p -> p == pick)) {
        picks[picked++] = pick;
      }
    }
    Arrays.sort(picks);
    ImmutableMap.Builder<String, Boolean> answers = ImmutableMap.builder();
    for (int pick : picks) {
      answers.put(BASIC_CRITERIA.get(pick), random.nextInt(10) != 0);
    }
    return answers.build();
  }

  private static int firstRound(Random random) {
    int draw = random.nextInt(TOTAL_WEIGHT);
    for (int k = 0; k < FIRST_ROUND_WEIGHTS.length; k++) {
      draw -= FIRST_ROUND_WEIGHTS[k];
      if (draw < 0) {
        return FIRST_ROUND + k;
      }
    }
    throw new AssertionError("weights add up to " + TOTAL_WEIGHT);
  }

  /** SplitMix64's finaliser over the seed and the centre's index: independent streams. */
  private static long mix(long seed, int index) {
    long z = seed + 0x9E3779B97F4A7C15L * index;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static int sum(int[] values) {
    int total = 0;
    for (int value : values) {
      total += value;
    }
    return total;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof SyntheticNation
        && seed == ((SyntheticNation) obj).seed
        && centres.equals(((SyntheticNation) obj).centres);
  }

  @Override
  public int hashCode() {
    return Objects.hash(seed, centres);
  }

  /**
   * Returns a short description.
   *
   * @return the number of centres and the seed
   */
  @Override
  public String toString() {
    return "SyntheticNation of " + centres.size() + " centres, seed " + seed;
  }
}
