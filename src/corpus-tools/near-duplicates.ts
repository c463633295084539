import { foldForMatching } from '../text/fold.js';

export const DEFAULT_SHINGLE_SIZE = 5;
export const DEFAULT_SIMILARITY_THRESHOLD = 0.8;

export interface NearDuplicate {
  /** Keys of the two texts, the earlier one (in input order) first. */
  first: string;
  second: string;
  /** Jaccard similarity of their word shingles, 0..1. */
  similarity: number;
}

/**
 * The set of runs of `size` consecutive words, compared as a reader would (case, spacing, punctuation and
 * lookalike letters ignored). A text shorter than one shingle is a single shingle of all its words.
 */
export function wordShingles(text: string, size = DEFAULT_SHINGLE_SIZE): Set<string> {
  const words = foldForMatching(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const shingles = new Set<string>();
  if (words.length === 0) return shingles;
  if (words.length < size) return shingles.add(words.join(' '));
  for (let i = 0; i + size <= words.length; i++) shingles.add(words.slice(i, i + size).join(' '));
  return shingles;
}

/** |A ∩ B| / |A ∪ B|; two empty sets share nothing (0), so empty texts never count as duplicates. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Every pair of texts at least `threshold` alike, ordered by the later text, then the earlier. Only pairs that share a shingle are compared, through an
 * inverted index, so a corpus of thousands of articles is not n² set intersections.
 */
export function findNearDuplicates(
  texts: readonly { key: string; text: string }[],
  options: { threshold?: number; shingleSize?: number } = {},
): NearDuplicate[] {
  const threshold = options.threshold ?? DEFAULT_SIMILARITY_THRESHOLD;
  const sets = texts.map(({ text }) => wordShingles(text, options.shingleSize));
  const postings = new Map<string, number[]>();
  const pairs: NearDuplicate[] = [];
  sets.forEach((shingles, second) => {
    const shared = new Map<number, number>();
    for (const shingle of shingles) {
      const earlier = postings.get(shingle);
      if (!earlier) {
        postings.set(shingle, [second]);
        continue;
      }
      for (const first of earlier) shared.set(first, (shared.get(first) ?? 0) + 1);
      earlier.push(second);
    }
    for (const [first, count] of [...shared].sort((a, b) => a[0] - b[0])) {
      const similarity = count / (sets[first]!.size + shingles.size - count);
      if (similarity >= threshold) pairs.push({ first: texts[first]!.key, second: texts[second]!.key, similarity });
    }
  });
  return pairs;
}
