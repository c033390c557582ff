package io.github.gecc.json;

import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;

/** Registers the serializers and deserializers of the rules types with {@link GeccModule}. */
final class RulesTypes {

  private RulesTypes() {}

  static void register(SimpleSerializers serializers, SimpleDeserializers deserializers) {}
}
