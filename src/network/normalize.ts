/**
 * rDNA's one-mode normalizations, for binary positions. Where they come from: DNA's
 * network exporter (leifeld/dna, `dna/src/main/java/dna/export/Exporter.java`,
 * `computeOneModeMatrix`, "normalization"), which rDNA's `dna_network(normalization
 * = "average" | "jaccard" | "cosine")` calls. DNA divides every tie, whatever its
 * aggregation (congruence, conflict, subtract), by one denominator per pair, made
 * from the actor × topic × stance counts. Here each (topic, stance) counts once
 * (our "repeated statements count once", DNA's `duplicates = "acrossrange"`), so
 * with A and B the sets of (topic, stance) pairs two actors expressed:
 *
 * - average: (|A| + |B|) / 2, the pair's average activity;
 * - jaccard: |A ∪ B| (DNA's m10 + m01 + m11);
 * - cosine:  √(|A| · |B|), the product of the two vectors' lengths, as cosine
 *   similarity is defined and as rDNA's documentation names it. DNA's code writes
 *   `Math.sqrt(i1count * i1count) * Math.sqrt(i2count * i2count)`, which is
 *   |A| · |B|, with the counts where their squares were meant; Parley follows the
 *   documented measure, so its cosine values differ from DNA's export for actors
 *   active on more than one (topic, stance).
 *
 * Only `positive` and `negative` count as activity (DNA's qualifier is binary); a
 * zero denominator gives 0, as in DNA.
 */
import type { Normalization } from './types';

/**
 * `weight` normalized for a pair with activities `a` and `b` (|A|, |B|) that share
 * `shared` (topic, stance) pairs (|A ∩ B|, the agreement count).
 */
export function normalizedWeight(
  normalization: Normalization,
  weight: number,
  a: number,
  b: number,
  shared: number,
): number {
  const denominator =
    normalization === 'average'
      ? (a + b) / 2
      : normalization === 'jaccard'
        ? a + b - shared
        : normalization === 'cosine'
          ? Math.sqrt(a * b)
          : 1;
  return denominator === 0 ? 0 : weight / denominator;
}
