package io.github.gecc.json;

import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;

/** Registers the serializers and deserializers of the time types with {@link GeccModule}. */
final class TimeTypes {

  private TimeTypes() {}

  static void register(SimpleSerializers serializers, SimpleDeserializers deserializers) {}
}
