package io.github.gecc.json.deser;

import io.github.gecc.certification.LifecyclePolicy;
import io.github.gecc.certification.ReportPolicy;
import io.github.gecc.certification.ValidityPolicy;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;
import java.util.Optional;

/**
 * Reads a {@link LifecyclePolicy}: {@code {"validity":"YEARS_FROM_DATE","dueDays":30,
 * "satisfactionThreshold":80}}, every field optional (defaults: {@code YEARS_FROM_DATE}, 30 days,
 * no threshold). Only the built-in validity policies have names JSON can give.
 */
public final class LifecyclePolicyDeserializer extends GeccDeserializer<LifecyclePolicy> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public LifecyclePolicyDeserializer() {
    super(LifecyclePolicy.class);
  }

  /**
   * Reads a policy object.
   *
   * @param input the policy object
   * @return the policy
   * @throws GeccJsonException if a field is unknown, of the wrong type, or out of range
   */
  @Override
  public LifecyclePolicy read(JsonInput input) throws GeccJsonException {
    JsonObjectInput object = input.object("lifecycle policy");
    LifecyclePolicy policy = readFields(object);
    object.finish();
    return policy;
  }

  /**
   * Reads the optional policy fields {@code validity}, {@code dueDays} and {@code
   * satisfactionThreshold} of an object that may hold other fields too; the caller finishes it.
   *
   * @param object the object
   * @return the policy, defaults for absent fields
   * @throws GeccJsonException if a field is of the wrong type or out of range
   */
  public static LifecyclePolicy readFields(JsonObjectInput object) throws GeccJsonException {
    ValidityPolicy validity = ValidityPolicy.YEARS_FROM_DATE;
    Optional<JsonInput> validityInput = object.optional("validity");
    if (validityInput.isPresent()) {
      String name = validityInput.get().text();
      validity = validityInput.get().core(() -> ValidityPolicy.named(name));
    }
    ReportPolicy.Builder report = ReportPolicy.builder();
    Optional<JsonInput> dueDays = object.optional("dueDays");
    JsonInput blame = object.input();
    if (dueDays.isPresent()) {
      report.dueAfterDays(dueDays.get().integer());
      blame = dueDays.get();
    }
    Optional<JsonInput> threshold = object.optional("satisfactionThreshold");
    if (threshold.isPresent()) {
      report.satisfactionThreshold(threshold.get().number());
      blame = threshold.get();
    }
    ReportPolicy reportPolicy = blame.core(report::build);
    return LifecyclePolicy.of(validity, reportPolicy);
  }
}
