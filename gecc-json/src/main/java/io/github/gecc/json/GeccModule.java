package io.github.gecc.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import io.github.gecc.GeccVersion;
import io.github.gecc.json.deser.FiscalYearDeserializer;
import io.github.gecc.json.ser.FiscalYearSerializer;
import io.github.gecc.time.FiscalYear;

/**
 * The Jackson module for the GECC model: register it (or call {@code findAndRegisterModules()},
 * which finds it through {@code META-INF/services}) and the core types read and write as the
 * documented JSON.
 *
 * <p>Every reader is strict: unknown fields, wrong types and values a core rule refuses fail with
 * a {@link GeccJsonException} naming the JSON Pointer of the field. {@link GeccJson#mapper()}
 * gives a mapper with this module and the input limits already set.
 */
public final class GeccModule extends SimpleModule {

  /** The serialization version. */
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public GeccModule() {
    super("GeccModule", moduleVersion());
  }

  /**
   * Returns this module's version, the library's version.
   *
   * @return the version of {@code gecc-json}
   */
  static Version moduleVersion() {
    return VersionUtil.parseVersion(GeccVersion.VERSION, "io.github.gecc", "gecc-json");
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();

    serializers.addSerializer(FiscalYear.class, new FiscalYearSerializer());
    deserializers.addDeserializer(FiscalYear.class, new FiscalYearDeserializer());
    TimeTypes.register(serializers, deserializers);
    RulesTypes.register(serializers, deserializers);
    ApplicationTypes.register(serializers, deserializers);
    LifecycleTypes.register(serializers, deserializers);

    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GeccModule;
  }

  @Override
  public int hashCode() {
    return GeccModule.class.hashCode();
  }
}
