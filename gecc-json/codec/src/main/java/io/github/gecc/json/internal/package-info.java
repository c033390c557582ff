/**
 * The readers and writers the Jackson 2 and Jackson 3 modules share. Not an API: exported only to
 * those two modules.
 */
@org.jspecify.annotations.NullMarked
package io.github.gecc.json.internal;
