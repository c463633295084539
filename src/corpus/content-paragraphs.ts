import type { Span } from '../text/sentences.js';
import { foldForMatching } from '../text/fold.js';
import { countWords } from '../text/words.js';

/** A paragraph of article text worth indexing, as offsets into the body. */
export interface Paragraph extends Span {
  /** Position among all paragraphs of the body, kept so a passage can be traced back to the file. */
  index: number;
}

// Scraped pages leave credit lines ("Reuters"), widgets ("Loading..."), and section headings between the
// paragraphs. None of them is a statement worth quoting, and all are shorter than this.
const MIN_CONTENT_WORDS = 5;
const MARKDOWN_HEADING = /^#{1,6}\s/;
// Page furniture that scraping keeps and that is long enough to pass for content: links to other stories,
// newsletter and follow prompts, credits, photo captions' credit lines, update and correction notes ("Updated at
// 14:20 BST: …", "Update, Feb. 21: …", "Correction, March 5, 2025: …"; quoted, they would give the figure they
// withdraw), a live page's notes on itself ("This live page is no longer being updated", "We are pausing our live
// coverage here") and a wire service's notes to editors ("(ATTN: UPDATES casualty figures…)", "(Adds comment
// from…)", "(LEAD)"). A label is a whole word, and a picture's or a player's is followed by its colon or credit:
// "Imagery shows…" and "Watchdogs say…" are sentences.
const PAGE_FURNITURE =
  /^\((?:attn|adds|updates|recasts|rewrites|lead|editors?['’]? note)\b|^\(?(?:read more|related|see also|also read|more on this|recommended|sign up|subscribe|follow us|share this|advertisement|click here|editing by|reporting by|additional reporting|writing by|this (?:story|article) (?:has been|was) (?:updated|corrected|amended)|(?:correction|clarification|editor['’]?s note|note)(?:,?\s[^:]{0,25}\d)?\s*:|update[sd]?\b(?:[^:.]|\.(?=\s*\d)){0,40}:|updated\s+(?:at\s+|on\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b)|an earlier version of this\b|this (?:live )?(?:page|blog) (?:is|will be|has been)\b[^.]{0,30}\bupdated|we (?:are|['’]re) (?:pausing|ending|closing|wrapping up) (?:our|this|the) (?:live )?(?:coverage|blog|page)|copyright|©|(?:photo|image|file photo|watch|listen)(?=\s*(?:[:|–—]|by\b|caption|credit)))(?!\p{L})/iu;
// A note may open with the rule or the bracket a page draws around it ("--- Correction: …", "[Photo caption: …]").
const NOTE_OPENING = /^(?:[-–—*_]{1,3}\s*|\[)/u;
// A live page's masthead line ("Ukraine war briefing, Friday, Jan. 17. This page is updated through the day").
const LIVE_PAGE_NOTE = /\bthis (?:live )?(?:page|blog) (?:is|will be) updated\b/iu;
const MAX_NOTE_WORDS = 25;
// A wire story's closing credit ("Hannah Kieslowski reported from Seoul; editing by Daniel Frome.").
const CREDIT_LINE = /\b[Rr]eport(?:ed|ing) from\s+\p{Lu}[^;.]*[;.]\s*(?:[Aa]dditional reporting|[Ee]diting|[Ww]riting) by\s+\p{Lu}/u;
// The author's line set off at the foot of an analysis ("— Samuel Achebe-Grant is the Bulletin's deputy editor.").
const AUTHOR_LINE = /^[-–—*_]\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+is\s+(?:a|an|the)\b[^.]{0,80}\.?[*_]?$/u;
// An author's note: who wrote an analysis and that its views are theirs ("… is a senior fellow at… The views
// expressed are her own."), which names the outlet and the author's field and answers nothing.
const AUTHOR_NOTE = /\bthe views (?:expressed )?(?:here |in this (?:article|piece|column) )?are (?:his|her|their|the author['’]s|my) own\.?$/iu;
// A byline is names alone ("By JI-WON HAN, Continental Press Agency"); "By the spring, the units…" is a sentence.
const BYLINE = /^By\s+\p{Lu}[\p{L}'’.-]*(?:(?:\s+(?:and|in|for|of)\s+|,\s*|\s*[|&]\s*|\s+)\p{Lu}[\p{L}'’.-]*)*\.?$/u;
const BLOCK_SEPARATOR = /\n[ \t]*\n/g;
// An explainer's sub-heading ("How many North Korean troops are in Russia?") words the question a member asks, so
// it matches it best of all, yet states nothing: a paragraph that is one question and quotes no one is a heading.
const QUESTION_HEADING = /^[^.!?“”"]+\?$/u;
// A transcript's "Q:" or "Q (Jonas Berg, FBC):" is the interviewer asking; the "A:" that follows states.
const INTERVIEWER = /^Q\s*(?:\([^)]{0,80}\))?\s*:/u;
// A headline (a section's, a live-blog entry's "18:31 GMT — Kyiv: “…”", a related story's link) does not end like a
// sentence and is short; a photo caption that lacks its full stop is longer and is kept.
const SENTENCE_END = /[.!?…]['"”’)\]]*$/u;
const MAX_HEADLINE_WORDS = 15;

/**
 * Finds the paragraphs of a body that carry content: drops headings and headlines (question-shaped ones too), credit
 * lines, widgets and page furniture ("Read more: …", "Sign up for …", bylines, author's notes, photo credits, update
 * notes), and keeps one copy of text that a page repeats (a photo caption shown twice, a standfirst that opens a
 * later paragraph).
 */
export function contentParagraphs(body: string): Paragraph[] {
  const candidates = splitParagraphs(body).filter(
    (paragraph) => {
      const text = body.slice(paragraph.start, paragraph.end);
      const words = countWords(text);
      const headline = QUESTION_HEADING.test(text) || INTERVIEWER.test(text) || (!SENTENCE_END.test(text) && words <= MAX_HEADLINE_WORDS);
      const note = PAGE_FURNITURE.test(text.replace(NOTE_OPENING, '')) || CREDIT_LINE.test(text) || AUTHOR_LINE.test(text) || (words <= MAX_NOTE_WORDS && LIVE_PAGE_NOTE.test(text));
      return !MARKDOWN_HEADING.test(text) && !note && !BYLINE.test(text) && !AUTHOR_NOTE.test(text) && !headline && words >= MIN_CONTENT_WORDS;
    },
  );
  const keys = candidates.map((paragraph) => matchingKey(body.slice(paragraph.start, paragraph.end)));
  return candidates.filter((_, i) => {
    const key = keys[i]!;
    return !keys.some((other, j) => (other === key ? j < i : other.includes(key)));
  });
}

function splitParagraphs(body: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let blockStart = 0;
  const push = (start: number, end: number) => {
    const raw = body.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmedLength = raw.trim().length;
    if (trimmedLength > 0) {
      paragraphs.push({ start: start + lead, end: start + lead + trimmedLength, index: paragraphs.length });
    }
  };
  for (const separator of body.matchAll(BLOCK_SEPARATOR)) {
    push(blockStart, separator.index);
    blockStart = separator.index + separator[0].length;
  }
  push(blockStart, body.length);
  return paragraphs;
}

// Compares paragraphs as a reader would: ignoring case, spacing, lookalike letters and final punctuation.
function matchingKey(text: string): string {
  return foldForMatching(text)
    .replace(/\s+/g, ' ')
    .replace(/[\s.!?…:;,]+$/u, '');
}
