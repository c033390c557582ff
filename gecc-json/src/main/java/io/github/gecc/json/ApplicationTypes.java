package io.github.gecc.json;

import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;

/** Registers the serializers and deserializers of the application types with {@link GeccModule}. */
final class ApplicationTypes {

  private ApplicationTypes() {}

  static void register(SimpleSerializers serializers, SimpleDeserializers deserializers) {}
}
