/**
 * jqwik arbitraries of the domain, so that a host's suite can state properties of its own
 * integration without writing generators: {@link io.github.gecc.testing.jqwik.GeccArbitraries}.
 */
@org.jspecify.annotations.NullMarked
package io.github.gecc.testing.jqwik;
