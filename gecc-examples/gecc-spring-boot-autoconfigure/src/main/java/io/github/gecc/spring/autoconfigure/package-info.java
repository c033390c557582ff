/**
 * Spring Boot 4 auto-configuration of the GECC library ({@link
 * io.github.gecc.spring.autoconfigure.GeccAutoConfiguration}): the Jackson 3 module on Boot's
 * {@code JsonMapper}, one validated {@link io.github.gecc.application.Rounds} bean (the bundled
 * rounds plus the register named by {@code gecc.rounds}), and, with Actuator, an {@code info}
 * contributor and a health indicator.
 */
@org.jspecify.annotations.NullMarked
package io.github.gecc.spring.autoconfigure;
