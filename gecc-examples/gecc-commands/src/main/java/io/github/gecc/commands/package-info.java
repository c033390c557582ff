/**
 * The commands as JSON documents in and out, one path shared by the command line, batch and the
 * service: {@link io.github.gecc.commands.Commands} names the library's commands, an {@link
 * io.github.gecc.commands.Invoker} answers a request document (bytes or a tree) with an {@link
 * io.github.gecc.commands.Answer}, the same output or refusal on every surface. A host adds
 * commands of its own by implementing {@link io.github.gecc.commands.Command}, reading its request
 * with a {@link io.github.gecc.commands.Request}. The commands themselves are not API.
 */
@org.jspecify.annotations.NullMarked
package io.github.gecc.commands;
