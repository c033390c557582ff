package io.github.gecc.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gecc.certification.Portfolio;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs on the module path: the JSON adapters are named modules, found by Jackson's discovery. */
class ModularJsonHostTest {

  private static final String PORTFOLIO =
      "{\"validity\":\"YEARS_FROM_DATE\",\"dueDays\":30,"
          + "\"centres\":[{\"id\":\"bkk-01\",\"certifications\":[{\"round\":2560,"
          + "\"certifiedOn\":\"2017-09-21\"}],\"reports\":[{\"fiscalYear\":2561,\"period\":\"H1\","
          + "\"submittedOn\":\"2018-04-20\"}]}]}";

  private static final String BAD_DATE =
      PORTFOLIO.replace("\"submittedOn\":\"2018-04-20\"", "\"submittedOn\":\"2018-02-30\"");

  private static Module module(String name) {
    return ModuleLayer.boot().findModule(name).orElseThrow();
  }

  @Test
  void theAdaptersAreNamedExplicitModules() {
    Module jackson2 = io.github.gecc.json.GeccModule.class.getModule();
    Module jackson3 = io.github.gecc.json.jackson3.GeccModule.class.getModule();
    assertThat(jackson2.getName()).isEqualTo("io.github.gecc.json");
    assertThat(jackson3.getName()).isEqualTo("io.github.gecc.json.jackson3");
    assertThat(jackson2.getDescriptor().isAutomatic()).isFalse();
    assertThat(jackson3.getDescriptor().isAutomatic()).isFalse();
    assertThat(module("io.github.gecc.json.codec").getDescriptor().isAutomatic()).isFalse();
  }

  @Test
  void theAdaptersProvideTheirJacksonModulesAsServices() {
    assertThat(io.github.gecc.json.GeccModule.class.getModule().getDescriptor().provides())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.service()).isEqualTo("com.fasterxml.jackson.databind.Module");
              assertThat(p.providers()).containsExactly("io.github.gecc.json.GeccModule");
            });
    assertThat(io.github.gecc.json.jackson3.GeccModule.class.getModule().getDescriptor().provides())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.service()).isEqualTo("tools.jackson.databind.JacksonModule");
              assertThat(p.providers()).containsExactly("io.github.gecc.json.jackson3.GeccModule");
            });
  }

  @Test
  void theCodecIsExportedToTheTwoAdaptersOnly() {
    Module codec = module("io.github.gecc.json.codec");
    String internal = "io.github.gecc.json.internal";
    assertThat(codec.isExported(internal)).isFalse();
    assertThat(codec.isExported(internal, ModularJsonHost.class.getModule())).isFalse();
    assertThat(codec.isExported(internal, io.github.gecc.json.GeccModule.class.getModule()))
        .isTrue();
    assertThat(
            codec.isExported(internal, io.github.gecc.json.jackson3.GeccModule.class.getModule()))
        .isTrue();
  }

  @Test
  void aHostReadsThePublishedSchemasAsResources() throws IOException {
    Module codec = module("io.github.gecc.json.codec");
    try (InputStream in =
        codec.getResourceAsStream("io/github/gecc/json/schema/portfolio.schema.json")) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("\"$schema\"");
    }
  }

  @Test
  void jackson2DiscoveryFindsTheGeccModuleOnTheModulePath() throws IOException {
    Portfolio portfolio = ModularJsonHost.readWithJackson2(PORTFOLIO);
    assertThat(portfolio.size()).isEqualTo(1);
    assertThat(portfolio.centres().get(0).reports()).hasSize(1);
  }

  @Test
  void jackson3DiscoveryFindsTheGeccModuleOnTheModulePath() {
    Portfolio portfolio = ModularJsonHost.readWithJackson3(PORTFOLIO);
    assertThat(portfolio.size()).isEqualTo(1);
    assertThat(portfolio.centres().get(0).reports()).hasSize(1);
  }

  @Test
  void jackson2RefusesABadDocumentWithThePointerOfTheField() {
    assertThatThrownBy(() -> ModularJsonHost.readWithJackson2(BAD_DATE))
        .isInstanceOfSatisfying(
            io.github.gecc.json.GeccJsonException.class,
            e -> assertThat(e.pointer()).isEqualTo("/centres/0/reports/0/submittedOn"));
  }

  @Test
  void jackson3RefusesABadDocumentWithThePointerOfTheField() {
    assertThatThrownBy(() -> ModularJsonHost.readWithJackson3(BAD_DATE))
        .isInstanceOfSatisfying(
            io.github.gecc.json.jackson3.GeccJsonException.class,
            e -> assertThat(e.pointer()).isEqualTo("/centres/0/reports/0/submittedOn"));
  }
}
