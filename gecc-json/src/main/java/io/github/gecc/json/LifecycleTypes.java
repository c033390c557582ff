package io.github.gecc.json;

import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;

/** Registers the serializers and deserializers of the lifecycle types with {@link GeccModule}. */
final class LifecycleTypes {

  private LifecycleTypes() {}

  static void register(SimpleSerializers serializers, SimpleDeserializers deserializers) {}
}
