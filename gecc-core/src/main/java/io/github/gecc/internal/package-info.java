/**
 * The build's plumbing, not part of the API: the one Immutables style of the value types ({@link
 * io.github.gecc.internal.GeccStyle}). The module does not export this package.
 */
@org.jspecify.annotations.NullMarked
package io.github.gecc.internal;
