package io.github.gecc.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.gecc.time.FiscalYear;
import java.io.IOException;

/** Writes a {@link FiscalYear} as its Buddhist Era number, for example {@code 2567}. */
public final class FiscalYearSerializer extends StdSerializer<FiscalYear> {

  /** The serialization version. */
  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public FiscalYearSerializer() {
    super(FiscalYear.class);
  }

  @Override
  public void serialize(FiscalYear value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeNumber(value.getValue());
  }
}
