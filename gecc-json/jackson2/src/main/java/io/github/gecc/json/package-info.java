/**
 * The Jackson 2 module for the GECC model ({@link io.github.gecc.json.GeccModule}), a strict,
 * bounded mapper ({@link io.github.gecc.json.GeccJson}) and the one exception for a refused
 * document ({@link io.github.gecc.json.GeccJsonException}).
 */
@org.jspecify.annotations.NullMarked
package io.github.gecc.json;
