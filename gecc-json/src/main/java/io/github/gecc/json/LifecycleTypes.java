package io.github.gecc.json;

import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import io.github.gecc.certification.Centre;
import io.github.gecc.certification.Certification;
import io.github.gecc.certification.LifecyclePolicy;
import io.github.gecc.certification.MaintenanceReport;
import io.github.gecc.certification.Obligation;
import io.github.gecc.certification.ObligationState;
import io.github.gecc.certification.Portfolio;
import io.github.gecc.certification.ReportSchedule;
import io.github.gecc.json.deser.CentreDeserializer;
import io.github.gecc.json.deser.CertificationDeserializer;
import io.github.gecc.json.deser.LifecyclePolicyDeserializer;
import io.github.gecc.json.deser.MaintenanceReportDeserializer;
import io.github.gecc.json.deser.ObligationDeserializer;
import io.github.gecc.json.deser.PortfolioDeserializer;
import io.github.gecc.json.deser.ReportScheduleDeserializer;
import io.github.gecc.json.ser.CentreSerializer;
import io.github.gecc.json.ser.CertificationSerializer;
import io.github.gecc.json.ser.LifecyclePolicySerializer;
import io.github.gecc.json.ser.MaintenanceReportSerializer;
import io.github.gecc.json.ser.ObligationSerializer;
import io.github.gecc.json.ser.ObligationStateSerializer;
import io.github.gecc.json.ser.PortfolioSerializer;
import io.github.gecc.json.ser.ReportScheduleSerializer;

/**
 * Registers the serializers and deserializers of the lifecycle types (package {@code
 * io.github.gecc.certification}) with {@link GeccModule}. {@link ObligationState} is written
 * only: it is an answer, not an input.
 */
final class LifecycleTypes {

  private LifecycleTypes() {}

  static void register(SimpleSerializers serializers, SimpleDeserializers deserializers) {
    serializers.addSerializer(Certification.class, new CertificationSerializer());
    deserializers.addDeserializer(Certification.class, new CertificationDeserializer());
    serializers.addSerializer(MaintenanceReport.class, new MaintenanceReportSerializer());
    deserializers.addDeserializer(MaintenanceReport.class, new MaintenanceReportDeserializer());
    serializers.addSerializer(Obligation.class, new ObligationSerializer());
    deserializers.addDeserializer(Obligation.class, new ObligationDeserializer());
    serializers.addSerializer(ReportSchedule.class, new ReportScheduleSerializer());
    deserializers.addDeserializer(ReportSchedule.class, new ReportScheduleDeserializer());
    serializers.addSerializer(LifecyclePolicy.class, new LifecyclePolicySerializer());
    deserializers.addDeserializer(LifecyclePolicy.class, new LifecyclePolicyDeserializer());
    serializers.addSerializer(Centre.class, new CentreSerializer());
    deserializers.addDeserializer(Centre.class, new CentreDeserializer());
    serializers.addSerializer(Portfolio.class, new PortfolioSerializer());
    deserializers.addDeserializer(Portfolio.class, new PortfolioDeserializer());
    serializers.addSerializer(ObligationState.class, new ObligationStateSerializer());
  }
}
