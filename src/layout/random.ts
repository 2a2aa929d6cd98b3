/**
 * Seeded randomness for the force layout: a string hashed to a 32-bit seed, and
 * the same linear congruential generator d3-force uses by default (its lcg.js),
 * so a seed gives one picture in tests, screenshots and embeds.
 */

/** FNV-1a hash of a string, as an unsigned 32-bit integer. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const A = 1664525;
const C = 1013904223;
const M = 4294967296; // 2^32

/** A generator of numbers in [0, 1), like Math.random, from a seed. */
export function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (A * state + C) % M) / M;
}
