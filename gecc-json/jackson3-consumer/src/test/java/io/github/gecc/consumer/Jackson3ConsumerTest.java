package io.github.gecc.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gecc.certification.Portfolio;
import io.github.gecc.json.jackson3.GeccJsonException;
import io.github.gecc.json.jackson3.GeccModule;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A project on Jackson 3 alone, as a Spring Boot 4 service is: no Jackson 2 databind on its class
 * path, the module found by Jackson 3's discovery or registered by hand.
 */
class Jackson3ConsumerTest {

  private static final String PORTFOLIO =
      "{\"validity\":\"YEARS_FROM_DATE\",\"dueDays\":30,"
          + "\"centres\":[{\"id\":\"bkk-01\",\"certifications\":[{\"round\":2560,"
          + "\"certifiedOn\":\"2017-09-21\"}],\"reports\":[{\"fiscalYear\":2561,\"period\":\"H1\","
          + "\"submittedOn\":\"2018-04-20\"}]}]}";

  @Test
  void jackson2DatabindIsNotOnTheClassPath() {
    assertThatThrownBy(() -> Class.forName("com.fasterxml.jackson.databind.ObjectMapper"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void readsAPortfolioWithTheModuleFoundByDiscovery() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    Portfolio portfolio = mapper.readValue(PORTFOLIO, Portfolio.class);
    assertThat(portfolio.size()).isEqualTo(1);
    assertThat(portfolio.centres().get(0).reports()).hasSize(1);
  }

  @Test
  void refusesABadPortfolioWithThePointerOfTheField() {
    JsonMapper mapper = JsonMapper.builder().addModule(new GeccModule()).build();
    String bad =
        PORTFOLIO.replace("\"submittedOn\":\"2018-04-20\"", "\"submittedOn\":\"2018-02-30\"");
    assertThatThrownBy(() -> mapper.readValue(bad, Portfolio.class))
        .isInstanceOfSatisfying(
            GeccJsonException.class,
            e -> {
              assertThat(e.pointer()).isEqualTo("/centres/0/reports/0/submittedOn");
              assertThat(e.getOriginalMessage()).contains("'2018-02-30' is not a valid ISO date");
            });
  }
}
