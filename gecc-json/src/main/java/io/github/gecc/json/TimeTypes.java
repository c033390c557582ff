package io.github.gecc.json;

import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import io.github.gecc.json.deser.ThaiDateRangeDeserializer;
import io.github.gecc.json.deser.ThaiDateStyleDeserializer;
import io.github.gecc.json.deser.ThaiDateTimeDeserializer;
import io.github.gecc.json.deser.ThaiDigitsDeserializer;
import io.github.gecc.json.ser.ThaiDateRangeSerializer;
import io.github.gecc.json.ser.ThaiDateTimeSerializer;
import io.github.gecc.time.ThaiDateRange;
import io.github.gecc.time.ThaiDateStyle;
import io.github.gecc.time.ThaiDateTime;
import io.github.gecc.time.ThaiDigits;

/**
 * Registers the serializers and deserializers of the time types with {@link GeccModule}: Thai
 * official dates ({@link ThaiDateTime}, {@link ThaiDateRange}) and their format options ({@link
 * ThaiDateStyle}, {@link ThaiDigits}, written by Jackson as their names, read strictly here).
 */
final class TimeTypes {

  private TimeTypes() {}

  static void register(SimpleSerializers serializers, SimpleDeserializers deserializers) {
    serializers.addSerializer(ThaiDateTime.class, new ThaiDateTimeSerializer());
    deserializers.addDeserializer(ThaiDateTime.class, new ThaiDateTimeDeserializer());
    serializers.addSerializer(ThaiDateRange.class, new ThaiDateRangeSerializer());
    deserializers.addDeserializer(ThaiDateRange.class, new ThaiDateRangeDeserializer());
    deserializers.addDeserializer(ThaiDateStyle.class, new ThaiDateStyleDeserializer());
    deserializers.addDeserializer(ThaiDigits.class, new ThaiDigitsDeserializer());
  }
}
