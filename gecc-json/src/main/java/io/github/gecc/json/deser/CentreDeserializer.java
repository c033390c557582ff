package io.github.gecc.json.deser;

import com.google.common.collect.ImmutableList;
import io.github.gecc.certification.Centre;
import io.github.gecc.certification.CertificationHistory;
import io.github.gecc.certification.Certification;
import io.github.gecc.certification.LifecyclePolicy;
import io.github.gecc.certification.MaintenanceReport;
import io.github.gecc.certification.ReportSchedule;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;
import java.util.Optional;

/**
 * Reads a {@link Centre}: {@code {"id":"c-1","certifications":[…],"reports":[…]}}; both lists are
 * optional (empty), nested certifications may leave out the centre id.
 */
public final class CentreDeserializer extends GeccDeserializer<Centre> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public CentreDeserializer() {
    super(Centre.class);
  }

  /**
   * Reads a centre, checking its structure only.
   *
   * @param input the centre object
   * @return the centre
   * @throws GeccJsonException if a field is missing, unknown or refused, a round repeats, or two
   *     reports share a period
   */
  @Override
  public Centre read(JsonInput input) throws GeccJsonException {
    return read(input, null);
  }

  /**
   * Reads a centre and, given policies, refuses a report for a period its schedule does not hold,
   * blaming that report's element.
   *
   * @param input the centre object
   * @param policy the policies that set the schedule, or null to check the structure only
   * @return the centre
   * @throws GeccJsonException if the centre is refused
   */
  public static Centre read(JsonInput input, LifecyclePolicy policy) throws GeccJsonException {
    JsonObjectInput object = input.object("centre");
    JsonInput idInput = object.required("id");
    String id = idInput.nonBlankText();
    Optional<JsonInput> certificationsInput = object.optional("certifications");
    Optional<JsonInput> reportsInput = object.optional("reports");
    object.finish();
    ImmutableList<Certification> certifications =
        certificationsInput.isPresent()
            ? certificationsInput.get().list(element -> CertificationDeserializer.read(element, id))
            : ImmutableList.of();
    JsonInput historyBlame = certificationsInput.orElse(input);
    CertificationHistory history = historyBlame.core(() -> CertificationHistory.of(id, certifications));
    ImmutableList<JsonInput> reportElements =
        reportsInput.isPresent() ? reportsInput.get().elements() : ImmutableList.of();
    ImmutableList.Builder<MaintenanceReport> reports = ImmutableList.builder();
    ReportSchedule schedule =
        policy == null ? null : historyBlame.core(() -> ReportSchedule.of(history, policy));
    for (JsonInput element : reportElements) {
      MaintenanceReport report = MaintenanceReportDeserializer.readReport(element);
      if (schedule != null) {
        element.core(() -> schedule.requireOwed(report.period()));
      }
      reports.add(report);
    }
    ImmutableList<MaintenanceReport> reportList = reports.build();
    return reportsInput.orElse(input).core(() -> Centre.of(id, certifications, reportList));
  }
}
