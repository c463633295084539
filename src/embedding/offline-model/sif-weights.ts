/**
 * Smooth-inverse-frequency (SIF) word weights, a / (a + p(w)) (Arora et al., 2017).
 *
 * GloVe's word list is ordered by corpus frequency but carries no counts, so p(w)
 * is estimated from the 1-based frequency rank r with a Zipf–Mandelbrot law,
 * p(r) ∝ 1 / (r + k), normalised so the probabilities of the given ranks sum to 1.
 * k ≈ 2.7 is the usual fit for English; it flattens the head so "the" (r = 1) is
 * not given an implausibly large share of the mass.
 */

/** SIF smoothing constant; words with p(w) ≫ a are damped, rare words get weight ≈ 1. */
export const SIF_A = 1e-3;

/** Zipf–Mandelbrot rank offset k. */
export const ZIPF_OFFSET = 2.7;

export interface SifOptions {
  readonly a?: number;
  readonly zipfOffset?: number;
}

/** Estimated unigram probabilities for 1-based frequency ranks; they sum to 1. */
export function zipfProbabilities(ranks: readonly number[], zipfOffset: number = ZIPF_OFFSET): Float64Array {
  if (!(zipfOffset > -1)) throw new RangeError(`zipfOffset must be > -1, got ${zipfOffset}`);
  const masses = ranks.map((rank) => {
    if (!Number.isInteger(rank) || rank < 1) throw new RangeError(`rank must be a positive integer, got ${rank}`);
    return 1 / (rank + zipfOffset);
  });
  const total = masses.reduce((sum, mass) => sum + mass, 0);
  return Float64Array.from(masses, (mass) => mass / total);
}

/** SIF weight a / (a + p(w)) for each 1-based frequency rank, in input order. */
export function sifWeights(ranks: readonly number[], options: SifOptions = {}): Float64Array {
  const a = options.a ?? SIF_A;
  if (!(a > 0)) throw new RangeError(`a must be > 0, got ${a}`);
  return zipfProbabilities(ranks, options.zipfOffset).map((p) => a / (a + p));
}
