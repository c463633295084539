const REPORTING_VERB = /\b(said|says|say|claimed|claims|told|tells|reported|reports|stated|states|added|wrote|quoted|according to|as saying|announced|warned|insisted)\b/i;

/** Does the sentence say who is speaking ("Zelenskyy said", "quoted … as saying", "according to")? */
export function namesSpeaker(sentence: string): boolean {
  return REPORTING_VERB.test(sentence);
}

/** Does the sentence open with a quotation, whose speaker may be named only in the next sentence? */
export function opensWithQuotation(sentence: string): boolean {
  return /^[“"‘]/.test(sentence.trimStart());
}

const CONNECTIVES = /,?\s*\b(however|meanwhile|also|though|too)\b,?/gi;
// A proper name: capitalised words, with the small words names contain ("Institute for the Study of War").
const NAME = String.raw`(?:[Tt]he\s+)?[A-Z][\w’'.-]*(?:\s+(?:(?:for|of|the|and|on)\s+)*[A-Z][\w’'.-]*)*`;
const SOURCE_BEFORE_VERB = /^(.*?)\s+(?:said|says|claimed|claims|reported|reports|told|stated|wrote|quoted|announced)\b/i;
const ACCORDING_TO = new RegExp(String.raw`\baccording to (${NAME})`);
const TRAILING_NAME = new RegExp(`(${NAME})$`);

/**
 * Who a sentence attributes its claim to, when it says so in a simple pattern: "according to X", or the
 * capitalised name just before a reporting verb ("The Kyiv Independent, however, claimed" → The Kyiv Independent).
 * Null when there is no such name: the article is then the only attribution.
 */
export function claimSource(sentence: string): string | null {
  const according = ACCORDING_TO.exec(sentence);
  if (according) return according[1]!.replace(/\.$/, '');
  const before = SOURCE_BEFORE_VERB.exec(sentence)?.[1]?.replace(CONNECTIVES, '').trim();
  if (!before) return null;
  const name = TRAILING_NAME.exec(before)?.[1];
  return name && !/^(It|He|She|They|We|I)$/.test(name) ? name : null;
}
