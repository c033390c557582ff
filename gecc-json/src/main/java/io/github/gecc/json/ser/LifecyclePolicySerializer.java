package io.github.gecc.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.gecc.certification.LifecyclePolicy;
import java.io.IOException;

/**
 * Writes a {@link LifecyclePolicy} as {@code {"validity":"YEARS_FROM_DATE","dueDays":30}}, plus
 * {@code "satisfactionThreshold"} when set. A caller's own validity policy is written by its
 * {@code name()}, which only the built-in policies can be read back from.
 */
public final class LifecyclePolicySerializer extends StdSerializer<LifecyclePolicy> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public LifecyclePolicySerializer() {
    super(LifecyclePolicy.class);
  }

  @Override
  public void serialize(LifecyclePolicy value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject();
    writeFields(value, gen);
    gen.writeEndObject();
  }

  /**
   * Writes the policy's fields into the current object.
   *
   * @param value the policy, not null
   * @param gen the generator, inside an object
   * @throws IOException if writing fails
   */
  static void writeFields(LifecyclePolicy value, JsonGenerator gen) throws IOException {
    gen.writeStringField("validity", value.validity().name());
    gen.writeNumberField("dueDays", value.report().dueAfterDays());
    if (value.report().satisfactionThreshold().isPresent()) {
      gen.writeNumberField("satisfactionThreshold", value.report().satisfactionThreshold().getAsDouble());
    }
  }
}
