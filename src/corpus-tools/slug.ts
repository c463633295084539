import { createHash } from 'node:crypto';

export const MAX_SLUG_LENGTH = 80;

// Romanisation for the corpus's two Cyrillic languages: Russian by default, Ukrainian (national system, where
// є ї й ю я are written differently at the start of a word) when Ukrainian letters show.
const RUSSIAN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', ў: 'u',
};
const UKRAINIAN: Record<string, string> = { ...RUSSIAN, г: 'h', ґ: 'g', и: 'y', і: 'i', ї: 'i', є: 'ie', й: 'i', ю: 'iu', я: 'ia' };
const UKRAINIAN_INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
const CYRILLIC_LETTER = /[\u0400-\u04ff'’ʼ]/;
// Latin letters that Unicode decomposition does not reduce to ASCII.
const LATIN: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i' };

/**
 * The file name (without .md) for an article: ASCII, lower case, words joined by hyphens, at most
 * MAX_SLUG_LENGTH characters and cut at a word boundary. A title with no letters that romanise gets a
 * stable name from its hash rather than an empty one.
 */
export function slugFromTitle(title: string, maxLength = MAX_SLUG_LENGTH): string {
  const lower = title.toLowerCase();
  const ukrainian = /[іїєґ]/.test(lower);
  const ascii = lower
    .replace(/[\u0400-\u04ff]/g, (letter, offset: number) => {
      if (!ukrainian) return RUSSIAN[letter] ?? letter;
      const initial = offset === 0 || !CYRILLIC_LETTER.test(lower[offset - 1]!);
      return (initial ? UKRAINIAN_INITIAL[letter] : undefined) ?? UKRAINIAN[letter] ?? letter;
    })
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøđðłþı]/g, (letter) => LATIN[letter] ?? letter)
    // Apostrophes join a word ("Kyiv's", "м'ясо") instead of splitting it.
    .replace(/['’ʼ`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii === '') return `article-${createHash('sha256').update(title).digest('hex').slice(0, 8)}`;
  if (ascii.length <= maxLength) return ascii;
  const cut = ascii.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen >= maxLength / 2 ? cut.slice(0, lastHyphen) : cut.slice(0, maxLength)).replace(/-+$/, '');
}
