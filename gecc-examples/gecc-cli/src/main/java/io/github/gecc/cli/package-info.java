/**
 * The {@code gecc} command line and HTTP service: the entry point, the service and batch over the
 * commands of gecc-commands.
 */
@org.jspecify.annotations.NullMarked
package io.github.gecc.cli;
