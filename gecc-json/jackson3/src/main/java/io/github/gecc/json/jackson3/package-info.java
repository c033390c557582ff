/**
 * The Jackson 3 module for the GECC model ({@link io.github.gecc.json.jackson3.GeccModule}), a
 * strict, bounded mapper ({@link io.github.gecc.json.jackson3.GeccJson}) and the one exception for
 * a refused document ({@link io.github.gecc.json.jackson3.GeccJsonException}).
 */
@org.jspecify.annotations.NullMarked
package io.github.gecc.json.jackson3;
