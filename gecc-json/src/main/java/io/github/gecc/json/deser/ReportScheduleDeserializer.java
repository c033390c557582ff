package io.github.gecc.json.deser;

import com.google.common.collect.ImmutableList;
import io.github.gecc.certification.Obligation;
import io.github.gecc.certification.ReportSchedule;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;

/** Reads a {@link ReportSchedule}: {@code {"obligations":[…]}}, in strictly increasing period order. */
public final class ReportScheduleDeserializer extends GeccDeserializer<ReportSchedule> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public ReportScheduleDeserializer() {
    super(ReportSchedule.class);
  }

  /**
   * Reads a schedule.
   *
   * @param input the schedule object
   * @return the schedule
   * @throws GeccJsonException if an obligation is refused, or two are out of order or repeat a
   *     period
   */
  @Override
  public ReportSchedule read(JsonInput input) throws GeccJsonException {
    JsonObjectInput object = input.object("report schedule");
    JsonInput list = object.required("obligations");
    object.finish();
    ObligationDeserializer reader = new ObligationDeserializer();
    ImmutableList<Obligation> obligations = list.list(reader::read);
    return list.core(() -> ReportSchedule.ofObligations(obligations));
  }
}
