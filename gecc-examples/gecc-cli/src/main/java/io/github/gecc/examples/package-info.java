/** The runnable tours of the library: the demo and the examples the documentation shows. */
@org.jspecify.annotations.NullMarked
package io.github.gecc.examples;
