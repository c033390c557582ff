/**
 * The commands as JSON documents in and out, one path shared by the command line, batch and the
 * service.
 */
@org.jspecify.annotations.NullMarked
package io.github.gecc.commands;
