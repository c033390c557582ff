/**
 * The library's version ({@link io.github.gecc.GeccVersion}). The domain lives in the sub-packages.
 */
@org.jspecify.annotations.NullMarked
package io.github.gecc;
