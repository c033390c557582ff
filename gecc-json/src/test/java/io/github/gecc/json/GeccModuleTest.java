package io.github.gecc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gecc.GeccVersion;
import io.github.gecc.time.FiscalYear;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class GeccModuleTest {

  private final ObjectMapper mapper = GeccJson.mapper();

  // --- registration ---

  @Test
  void findAndRegisterModulesFindsTheModule() {
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    assertThat(found.getRegisteredModuleIds()).contains(new GeccModule().getTypeId());
  }

  @Test
  void versionIsTheLibrarysVersion() {
    assertThat(new GeccModule().version().toString()).startsWith(GeccVersion.VERSION.replace("-SNAPSHOT", ""));
    assertThat(new GeccModule().version().getArtifactId()).isEqualTo("gecc-json");
  }

  // --- fiscal year ---

  @Test
  void fiscalYearIsWrittenAsItsNumber() throws Exception {
    assertThat(mapper.writeValueAsString(FiscalYear.of(2567))).isEqualTo("2567");
  }

  @Test
  void fiscalYearIsReadFromItsNumber() throws Exception {
    assertThat(mapper.readValue("2567", FiscalYear.class)).isEqualTo(FiscalYear.of(2567));
  }

  @Test
  void aCommonEraFiscalYearIsRefusedWithTheConversion() {
    assertThatThrownBy(() -> mapper.readValue("2024", FiscalYear.class))
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("did you mean 2567?");
  }

  @Test
  void aFiscalYearInQuotesIsRefused() {
    assertThatThrownBy(() -> mapper.readValue("\"2567\"", FiscalYear.class))
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("expected a whole number, not the string \"2567\"");
  }

  @Test
  void aNestedBadValueNamesItsPointer() {
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"rounds\":[2565,2024]}", new TypeReference<Map<String, List<FiscalYear>>>() {}))
        .isInstanceOfSatisfying(
            GeccJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/rounds/1"));
  }

  @Test
  void aNullFiscalYearIsRefused() {
    assertThatThrownBy(() -> mapper.readValue("[null]", new TypeReference<List<FiscalYear>>() {}))
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("required here, not null");
  }

  @Property
  void fiscalYearsRoundTrip(@ForAll @IntRange(min = 2500, max = 2800) int value) throws Exception {
    FiscalYear fy = FiscalYear.of(value);
    assertThat(mapper.readValue(mapper.writeValueAsString(fy), FiscalYear.class)).isEqualTo(fy);
  }
}
