package io.github.gecc.json.deser;

import io.github.gecc.application.Application;
import io.github.gecc.application.Channel;
import io.github.gecc.application.DocumentFormat;
import io.github.gecc.application.Organisation;
import io.github.gecc.application.SelfAssessmentResult;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;
import io.github.gecc.time.FiscalYear;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an {@link Application}: {@code round}, {@code organisation}, {@code selfAssessment},
 * {@code submittedAt} (an instant; without an offset, Bangkok time), and {@code channels} and
 * {@code documents} (arrays of names, possibly empty; absent means empty).
 *
 * <p>The self-assessment is read by a pluggable reader: the summary form by default (see {@link
 * SelfAssessmentResultDeserializer}).
 */
public final class ApplicationDeserializer extends GeccDeserializer<Application> {

  private static final long serialVersionUID = 1L;

  private final transient JsonInput.Reader<SelfAssessmentResult> selfAssessmentReader;

  /** Creates the deserializer that reads the summary form of the self-assessment. */
  public ApplicationDeserializer() {
    this(new SelfAssessmentResultDeserializer()::read);
  }

  /**
   * Creates the deserializer with a reader of the self-assessment.
   *
   * @param selfAssessmentReader reads the {@code selfAssessment} field, not null
   */
  public ApplicationDeserializer(JsonInput.Reader<SelfAssessmentResult> selfAssessmentReader) {
    super(Application.class);
    this.selfAssessmentReader = Objects.requireNonNull(selfAssessmentReader, "selfAssessmentReader");
  }

  /**
   * Reads an application.
   *
   * @param input the application object
   * @return the application
   * @throws GeccJsonException if a field is missing, unknown or of the wrong type, the round is
   *     not a BE year, or a name is not a known kind, channel or document format
   */
  @Override
  public Application read(JsonInput input) throws GeccJsonException {
    JsonObjectInput object = input.object("application");
    FiscalYear round = new FiscalYearDeserializer().read(object.required("round"));
    Organisation organisation = new OrganisationDeserializer().read(object.required("organisation"));
    SelfAssessmentResult selfAssessment = selfAssessmentReader.read(object.required("selfAssessment"));
    Instant submittedAt = object.required("submittedAt").instant();
    Optional<JsonInput> channelsInput = object.optional("channels");
    Set<Channel> channels =
        channelsInput.isPresent() ? EnumLists.read(channelsInput.get(), Channel.class) : Set.of();
    Optional<JsonInput> documentsInput = object.optional("documents");
    Set<DocumentFormat> documents =
        documentsInput.isPresent()
            ? EnumLists.read(documentsInput.get(), DocumentFormat.class)
            : Set.of();
    object.finish();
    return input.core(
        () -> Application.of(round, organisation, selfAssessment, submittedAt, channels, documents));
  }
}
