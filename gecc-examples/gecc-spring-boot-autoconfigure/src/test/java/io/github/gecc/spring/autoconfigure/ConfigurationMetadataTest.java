package io.github.gecc.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ConfigurationMetadataTest {

  @Test
  void describesEveryGeccPropertyForIdes() throws IOException {
    JsonNode metadata;
    try (InputStream in =
        getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("the configuration processor's output").isNotNull();
      metadata = JsonMapper.builder().build().readTree(in);
    }
    JsonNode rounds = property(metadata, "gecc.rounds");
    assertThat(rounds.get("type").asString()).isEqualTo("org.springframework.core.io.Resource");
    assertThat(rounds.get("description").asString()).contains("round register");
    JsonNode health = property(metadata, "management.health.gecc.enabled");
    assertThat(health.get("defaultValue").asBoolean()).isTrue();
  }

  private static JsonNode property(JsonNode metadata, String name) {
    for (JsonNode property : metadata.get("properties")) {
      if (property.get("name").asString().equals(name)) {
        return property;
      }
    }
    throw new AssertionError("no metadata for " + name + " in " + metadata);
  }
}
