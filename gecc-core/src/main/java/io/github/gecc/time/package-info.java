/**
 * Thai official time: fiscal years (DOMAIN.md §4), date ranges, Bangkok time and the dates of
 * Thai official letters (DOMAIN.md §8).
 */
package io.github.gecc.time;
