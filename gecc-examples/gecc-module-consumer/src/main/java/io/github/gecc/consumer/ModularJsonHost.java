package io.github.gecc.consumer;

import io.github.gecc.certification.Portfolio;

/**
 * What a modular host does with the JSON adapters: it names no GECC class to Jackson, it lets
 * Jackson's discovery find the GECC module that the adapter module provides as a service.
 */
public final class ModularJsonHost {

  private ModularJsonHost() {}

  /**
   * Reads a portfolio with a Jackson 2 mapper whose modules were found by {@code
   * findAndRegisterModules()}.
   *
   * @param json the portfolio document
   * @return the portfolio
   * @throws com.fasterxml.jackson.core.JsonProcessingException if the document is not a valid
   *     portfolio
   */
  public static Portfolio readWithJackson2(String json)
      throws com.fasterxml.jackson.core.JsonProcessingException {
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules();
    return mapper.readValue(json, Portfolio.class);
  }

  /**
   * Reads a portfolio with a Jackson 3 mapper whose modules were found by {@code
   * findAndAddModules()}.
   *
   * @param json the portfolio document
   * @return the portfolio
   * @throws tools.jackson.core.JacksonException if the document is not a valid portfolio
   */
  public static Portfolio readWithJackson3(String json) {
    var mapper = tools.jackson.databind.json.JsonMapper.builder().findAndAddModules().build();
    return mapper.readValue(json, Portfolio.class);
  }
}
