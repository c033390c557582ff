/**
 * The library's version ({@link io.github.gecc.GeccVersion}) and the one Immutables style of its
 * value types ({@link io.github.gecc.GeccStyle}). The domain lives in the sub-packages.
 */
@org.jspecify.annotations.NullMarked
package io.github.gecc;
