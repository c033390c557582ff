/**
 * jqwik arbitraries of the domain, so that a host's suite can state properties of its own
 * integration without writing generators: {@link io.github.gecc.testing.jqwik.GeccArbitraries}.
 */
package io.github.gecc.testing.jqwik;
