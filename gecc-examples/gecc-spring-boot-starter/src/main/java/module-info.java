/**
 * The one dependency of a Spring Boot 4 application: it holds no code and reads the
 * auto-configuration, {@code io.github.gecc.spring.autoconfigure}, and so the GECC model and its
 * Jackson 3 module, transitively.
 */
module io.github.gecc.spring.starter {
  requires transitive io.github.gecc.spring.autoconfigure;
}
