package io.github.gecc.json.jackson3;

import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.module.SimpleSerializers;
import io.github.gecc.GeccVersion;
import io.github.gecc.json.internal.Codec;
import io.github.gecc.json.internal.Codecs;
import io.github.gecc.rules.RulebookRegistry;
import java.util.Objects;

/**
 * The Jackson 3 module for the GECC model: register it ({@code
 * JsonMapper.builder().addModule(new GeccModule())}, or {@code JsonMapper.builder().findAndAddModules()},
 * which finds it through {@code META-INF/services/tools.jackson.databind.JacksonModule}) and the core types read and write as the documented
 * JSON.
 *
 * <p>Every GECC document is read strictly whatever the host mapper's settings: an unknown or
 * repeated field, a number in quotes, a {@code null} for a value or a value a core rule refuses
 * fails with a {@link GeccJsonException} naming the JSON Pointer of the value. The module adds
 * readers and writers for GECC types only; the host's other types are untouched.
 */
public final class GeccModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  private final transient RulebookRegistry registry;

  /** Creates the module; assessments and evaluations look rulebook ids up among the bundled. */
  public GeccModule() {
    this(RulebookRegistry.bundled());
  }

  /**
   * Creates the module with a program's own rulebooks.
   *
   * @param registry where assessments and evaluations look rulebook ids up, not null
   */
  public GeccModule(RulebookRegistry registry) {
    super("GeccModule",
        VersionUtil.parseVersion(GeccVersion.VERSION, "io.github.gecc", "gecc-json-jackson3"));
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (Codec<?> codec : Codecs.all(registry)) {
      add(codec, serializers, deserializers);
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  private static <T> void add(
      Codec<T> codec, SimpleSerializers serializers, SimpleDeserializers deserializers) {
    serializers.addSerializer(codec.type(), new CodecSerializer<>(codec));
    if (codec.reads()) {
      deserializers.addDeserializer(codec.type(), new CodecDeserializer<>(codec));
    }
  }

  @Override
  public Object getRegistrationId() {
    return GeccModule.class.getName();
  }
}
