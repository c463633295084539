import type { Passage } from '../passages/passage.js';

/** A passage as stored in the vector index: with its article's attribution, so a hit is quotable on its own. */
export interface IndexedPassage extends Passage {
  title: string;
  publisher: string | null;
  url: string | null;
  published: string | null;
}
