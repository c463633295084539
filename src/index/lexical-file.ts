import { z } from 'zod';
import type { Postings } from '../retrieval/lexical.js';
import { LexicalIndex } from '../retrieval/lexical.js';

/** The BM25 postings as stored: a small header and the postings of all terms back to back in two typed arrays. */
export interface LexicalFile<Header = LexicalHeader> {
  header: Header;
  /** Passage rows of every term's postings, term after term as in header.terms. */
  rows: Uint32Array;
  /** How often the term occurs in the passage, aligned with rows. */
  counts: Uint16Array;
}

const count = z.number().int().nonnegative();
const headerSchema = z.object({
  terms: z.array(z.string()),
  /** Postings of terms[i] are entries termStarts[i] up to termStarts[i + 1]. */
  termStarts: z.array(count),
  /** Terms in each passage. */
  lengths: z.array(count),
});
type LexicalHeader = z.infer<typeof headerSchema>;

export function toLexicalFile(index: LexicalIndex): LexicalFile {
  const lists = index.postingLists;
  const terms = [...lists.keys()];
  const termStarts = [0];
  for (const term of terms) termStarts.push(termStarts.at(-1)! + lists.get(term)!.rows.length);
  const rows = new Uint32Array(termStarts.at(-1)!);
  const counts = new Uint16Array(rows.length);
  terms.forEach((term, i) => {
    const list = lists.get(term)!;
    rows.set(list.rows, termStarts[i]);
    counts.set(list.counts, termStarts[i]);
  });
  return { header: { terms, termStarts, lengths: [...index.passageLengths] }, rows, counts };
}

/** Takes back what toLexicalFile gave, checking that it is whole: corrupt files must fail here, not mid-answer. */
export function fromLexicalFile({ header, rows, counts }: LexicalFile<unknown>): LexicalIndex {
  const { terms, termStarts, lengths } = headerSchema.parse(header);
  const entries = termStarts[terms.length];
  if (termStarts.length !== terms.length + 1 || entries !== rows.length || entries !== counts.length) {
    throw new Error(`the postings hold ${rows.length} rows and ${counts.length} counts where the header lists ${String(entries)}`);
  }
  const postings = new Map<string, Postings>();
  terms.forEach((term, i) => {
    const [from, to] = [termStarts[i]!, termStarts[i + 1]!];
    for (let at = from; at < to; at++) {
      if (rows[at]! >= lengths.length) throw new Error('a posting names a passage the index does not hold');
      if (at > from && rows[at]! <= rows[at - 1]!) throw new Error(`the postings of "${term}" are not in ascending order`);
    }
    postings.set(term, { rows: rows.subarray(from, to), counts: counts.subarray(from, to) });
  });
  return LexicalIndex.fromPostings(Uint32Array.from(lengths), postings);
}
