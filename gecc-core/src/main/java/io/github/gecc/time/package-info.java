/**
 * Thai official time: fiscal years (RULES.md §4), date ranges, Bangkok time and the dates of Thai
 * official letters (RULES.md §8).
 */
@org.jspecify.annotations.NullMarked
package io.github.gecc.time;
