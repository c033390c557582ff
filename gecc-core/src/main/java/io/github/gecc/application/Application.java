package io.github.gecc.application;

import com.google.common.collect.ImmutableSet;
import io.github.gecc.rules.SelfAssessmentResult;
import io.github.gecc.time.FiscalYear;
import java.time.Instant;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An application for certification in one round: who applies, its self-assessment, when it was
 * submitted, through which channels and with which document files (RULES.md §2, §4, §7).
 *
 * <p>Whether it is acceptable is a business rule, answered by {@link ApplicationChecker}, not by
 * this value.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Application {

  Application() {}

  /**
   * Returns the round applied for.
   *
   * @return the round
   */
  public abstract FiscalYear round();

  /**
   * Returns the organisation that applies.
   *
   * @return the organisation
   */
  public abstract Organisation organisation();

  /**
   * Returns the result of its self-assessment.
   *
   * @return the self-assessment result
   */
  public abstract SelfAssessmentResult selfAssessment();

  /**
   * Returns when it was submitted.
   *
   * @return the instant of submission
   */
  public abstract Instant submittedAt();

  /**
   * Returns the channels it was sent through.
   *
   * @return the channels, possibly none
   */
  public abstract ImmutableSet<Channel> channels();

  /**
   * Returns the document files sent.
   *
   * @return the formats, possibly none
   */
  public abstract ImmutableSet<DocumentFormat> documents();

  /**
   * Returns an application.
   *
   * @param round the round, not null
   * @param organisation the organisation, not null
   * @param selfAssessment its self-assessment result, not null
   * @param submittedAt when it was submitted, not null
   * @param channels the channels used, not null, possibly empty
   * @param documents the document files sent, not null, possibly empty
   * @return the application
   * @throws NullPointerException if an argument is null
   */
  public static Application of(
      FiscalYear round,
      Organisation organisation,
      SelfAssessmentResult selfAssessment,
      Instant submittedAt,
      Set<Channel> channels,
      Set<DocumentFormat> documents) {
    return ImmutableApplication.builder()
        .round(round)
        .organisation(organisation)
        .selfAssessment(selfAssessment)
        .submittedAt(submittedAt)
        .addAllChannels(channels)
        .addAllDocuments(documents)
        .build();
  }
}
