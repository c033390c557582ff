/**
 * A Spring Boot 4 application on the GECC starter: {@link
 * io.github.gecc.spring.sample.SampleApplication}.
 */
@org.jspecify.annotations.NullMarked
package io.github.gecc.spring.sample;
