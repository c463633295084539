/**
 * The vocabulary and the two tokenizer files of the static embedding model.
 *
 * tokenizer.json is a standard Hugging Face WordLevel tokenizer: compatibility
 * normalisation with accents stripped, then lowercase, BERT pre-tokenization (split on
 * whitespace and on every punctuation character), no post-processor. Accents are
 * stripped because wink's GloVe list is lowercased and has no accented words at all
 * ("cafe" is there, "café" is not), so NFKC alone would make every accented word [UNK].
 *
 * Transformers.js's tokenizer has no WordLevel class and reads this model as its
 * "Legacy" model, which takes the unknown token from tokenizer_config.json, so both
 * files name [UNK].
 *
 * No [CLS]/[SEP] are added: in a static model they would only be zero rows, which
 * leave the pooled direction unchanged and just cost two positions per text.
 */

export const PAD_TOKEN = '[PAD]';
export const UNK_TOKEN = '[UNK]';
/** Special tokens take the first ids, in this order; their table rows are zero. */
export const SPECIAL_TOKENS = [PAD_TOKEN, UNK_TOKEN] as const;

/** Texts are truncated to this many tokens; the Gather has no positional limit, this only bounds memory. */
export const MODEL_MAX_LENGTH = 8192;

export interface VocabularyEntry {
  readonly word: string;
  /** 1-based position in the source's frequency-ordered word list. */
  readonly rank: number;
}

// The character class BertPreTokenizer splits on: Unicode punctuation plus all ASCII
// symbols ($, +, <, =, >, ^, `, |, ~ are not \p{P} but BERT treats them as punctuation).
const PUNCTUATION = String.raw`\p{P}!-\/:-@\[-\x60{-~`;
const SINGLE_PRE_TOKEN = new RegExp(String.raw`^(?:[^\s${PUNCTUATION}]+|[${PUNCTUATION}])$`, 'u');

// NFKD then dropping marks removes accents; NFC recomposes what remains (e.g. Hangul).
const NORMALIZERS = [{ type: 'NFKD' }, { type: 'StripAccents' }, { type: 'NFC' }, { type: 'Lowercase' }];

// What NORMALIZERS do to a string, as Tokenizers.js implements them.
function normalize(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();
}

/**
 * Whether `word` can come out of the normalizer and pre-tokenizer whole. GloVe also
 * lists words such as "well-known" or "mid-1990s" that BERT splitting can never
 * produce (2.5% of the top 100k); skipping them gives their ids to reachable words.
 */
export function isReachableWord(word: string): boolean {
  return SINGLE_PRE_TOKEN.test(word) && normalize(word) === word;
}

/** The `size` most frequent reachable words, most frequent first, without duplicates. */
export function selectVocabulary(wordsByFrequency: readonly string[], size: number): VocabularyEntry[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`vocabulary size must be a positive integer, got ${size}`);
  const seen = new Set<string>(SPECIAL_TOKENS);
  const selected: VocabularyEntry[] = [];
  for (let i = 0; i < wordsByFrequency.length && selected.length < size; i++) {
    const word = wordsByFrequency[i]!;
    if (seen.has(word) || !isReachableWord(word)) continue;
    seen.add(word);
    selected.push({ word, rank: i + 1 });
  }
  return selected;
}

/** tokenizer.json: ids 0..n-1 are the special tokens, then `words` in order. */
export function tokenizerJson(words: readonly string[]): object {
  const tokens = [...SPECIAL_TOKENS, ...words];
  const vocab = Object.fromEntries(tokens.map((token, id) => [token, id]));
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((content, id) => ({
      id,
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: { type: 'Sequence', normalizers: NORMALIZERS },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: null,
    decoder: null,
    model: { type: 'WordLevel', vocab, unk_token: UNK_TOKEN },
  };
}

/** tokenizer_config.json for the tokenizer above. */
export function tokenizerConfigJson(): object {
  return {
    tokenizer_class: 'PreTrainedTokenizerFast',
    pad_token: PAD_TOKEN,
    unk_token: UNK_TOKEN,
    model_max_length: MODEL_MAX_LENGTH,
    padding_side: 'right',
    clean_up_tokenization_spaces: false,
    added_tokens_decoder: Object.fromEntries(
      SPECIAL_TOKENS.map((content, id) => [
        String(id),
        { content, lstrip: false, normalized: false, rstrip: false, single_word: false, special: true },
      ]),
    ),
  };
}
