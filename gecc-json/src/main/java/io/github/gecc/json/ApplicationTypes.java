package io.github.gecc.json;

import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import io.github.gecc.application.Application;
import io.github.gecc.application.ApplicationWindow;
import io.github.gecc.application.CheckResult;
import io.github.gecc.application.Organisation;
import io.github.gecc.application.RoundDefinition;
import io.github.gecc.application.RoundRegister;
import io.github.gecc.application.SelfAssessmentResult;
import io.github.gecc.application.Violation;
import io.github.gecc.json.deser.ApplicationDeserializer;
import io.github.gecc.json.deser.ApplicationWindowDeserializer;
import io.github.gecc.json.deser.CheckResultDeserializer;
import io.github.gecc.json.deser.OrganisationDeserializer;
import io.github.gecc.json.deser.RoundDefinitionDeserializer;
import io.github.gecc.json.deser.RoundRegisterDeserializer;
import io.github.gecc.json.deser.SelfAssessmentResultDeserializer;
import io.github.gecc.json.deser.ViolationDeserializer;
import io.github.gecc.json.ser.ApplicationSerializer;
import io.github.gecc.json.ser.ApplicationWindowSerializer;
import io.github.gecc.json.ser.CheckResultSerializer;
import io.github.gecc.json.ser.OrganisationSerializer;
import io.github.gecc.json.ser.RoundDefinitionSerializer;
import io.github.gecc.json.ser.SelfAssessmentResultSerializer;
import io.github.gecc.json.ser.ViolationSerializer;

/** Registers the serializers and deserializers of the application types with {@link GeccModule}. */
final class ApplicationTypes {

  private ApplicationTypes() {}

  static void register(SimpleSerializers serializers, SimpleDeserializers deserializers) {
    serializers.addSerializer(ApplicationWindow.class, new ApplicationWindowSerializer());
    deserializers.addDeserializer(ApplicationWindow.class, new ApplicationWindowDeserializer());
    serializers.addSerializer(Organisation.class, new OrganisationSerializer());
    deserializers.addDeserializer(Organisation.class, new OrganisationDeserializer());
    serializers.addSerializer(SelfAssessmentResult.class, new SelfAssessmentResultSerializer());
    deserializers.addDeserializer(SelfAssessmentResult.class, new SelfAssessmentResultDeserializer());
    serializers.addSerializer(Application.class, new ApplicationSerializer());
    deserializers.addDeserializer(Application.class, new ApplicationDeserializer());
    serializers.addSerializer(Violation.class, new ViolationSerializer());
    deserializers.addDeserializer(Violation.class, new ViolationDeserializer());
    serializers.addSerializer(CheckResult.class, new CheckResultSerializer());
    serializers.addSerializer(RoundDefinition.class, new RoundDefinitionSerializer());
    deserializers.addDeserializer(RoundDefinition.class, new RoundDefinitionDeserializer());
    deserializers.addDeserializer(RoundRegister.class, new RoundRegisterDeserializer());
    deserializers.addDeserializer(CheckResult.class, new CheckResultDeserializer());
  }
}
