package io.github.gecc.json.deser;

import io.github.gecc.certification.Obligation;
import io.github.gecc.certification.ReportingPeriod;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads an {@link Obligation}: {@code {"fiscalYear":2561,"period":"H1","due":"2018-04-30"}};
 * {@code from} and {@code to} are optional and, when present, must be the period's own dates.
 */
public final class ObligationDeserializer extends GeccDeserializer<Obligation> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public ObligationDeserializer() {
    super(Obligation.class);
  }

  /**
   * Reads an obligation.
   *
   * @param input the obligation object
   * @return the obligation
   * @throws GeccJsonException if a field is missing, unknown, of the wrong type, {@code from} or
   *     {@code to} differ from the period's dates, or the due day is before the period ends
   */
  @Override
  public Obligation read(JsonInput input) throws GeccJsonException {
    JsonObjectInput object = input.object("obligation");
    ReportingPeriod period = MaintenanceReportDeserializer.readPeriod(object);
    Optional<JsonInput> from = object.optional("from");
    Optional<JsonInput> to = object.optional("to");
    JsonInput dueInput = object.required("due");
    LocalDate due = dueInput.date();
    object.finish();
    if (from.isPresent() && !from.get().date().equals(period.range().startInclusive())) {
      throw from.get().error(
          "from " + from.get().text() + " is not the first day of " + period + ", "
              + period.range().startInclusive());
    }
    if (to.isPresent() && !to.get().date().equals(period.range().endInclusive())) {
      throw to.get().error(
          "to " + to.get().text() + " is not the last day of " + period + ", " + period.range().endInclusive());
    }
    return dueInput.core(() -> Obligation.of(period, due));
  }
}
