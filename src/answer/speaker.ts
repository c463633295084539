import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar-dates.js';
import { TITLES } from '../text/titles.js';

/**
 * The verbs that give words to a speaker, as news copy writes them (a regular expression's source). "South Korea's
 * military raised its estimate of…", "officials put the figure at…": a figure given is words given; so is one
 * rejected or disputed. So is a statement's participle: "a statement carried by KCNA confirming that…".
 */
export const SPEECH_VERBS = String.raw`(?:(?:raised|lowered|revised|updated|put|puts|gave|gives)\s+(?:its|their|his|her|the|a)\s+(?:(?:own|latest|new|previous)\s+)?(?:estimates?|figures?|counts?|tally|toll|number)|said|says|declared|proclaimed|claimed|claims|rejected|rejects|disputed|disputes|reported|reports|told|tells|stated|wrote|quoted|announced|estimated|estimates|calculated|concluded|alleged|warned|denied|confirmed|believes|assessed|added|noted|acknowledged|admitted|cited|described|called|compared|likened|hailed|dubbed|branded|predicted|suggested|accused|blamed|dismissed|condemned|vowed|promised|threatened|disclosed|revealed|urged|attributed|credited|replied|responded|confirming|saying|claiming|denying|acknowledging|admitting|announcing|stating)`;
const REPORTING_VERB = new RegExp(String.raw`\b(?:${SPEECH_VERBS}|say|states|insisted|argued|according to|as saying)\b`, 'i');

/**
 * Does the sentence say who is speaking ("Zelenskyy said", "quoted … as saying", "according to", "Park was blunt:
 * “…")?
 */
export function namesSpeaker(sentence: string): boolean {
  return REPORTING_VERB.test(sentence) || colonQuoteSpeaker(sentence) !== undefined;
}

/** Does the sentence open with a quotation, whose speaker may be named only in the next sentence? */
export function opensWithQuotation(sentence: string): boolean {
  return /^[“"‘]/.test(sentence.trimStart());
}

const CONNECTIVES = /,?\s*\b(however|meanwhile|also|though|too|separately|later|earlier|previously)\b,?/gi;
// A proper name: capitalised words, with the small words names contain ("Institute for the Study of War").
const NAME = String.raw`(?:[Tt]he\s+)?[A-Z][\w’'.-]*(?:\s+(?:(?:for|of|the|and|on)\s+)*[A-Z][\w’'.-]*)*`;
const SOURCE_BEFORE_VERB = new RegExp(String.raw`^(.*?)\s+(?:(?:has|have|had|also|later|previously|earlier)\s+)*${SPEECH_VERBS}\b`, 'i');
// "according to Russian state television": a name and the body it qualifies; "according to a report by the Copperline
// Business Daily": the report's author; "according to the blockchain analysis firm Chainalysis": the name the words
// before it describe.
// "According to Ukraine's air force, …", "according to the National Assembly's intelligence committee.", "according
// to the Seoul research group.": a name's body in lower case, up to the clause's end.
const ACCORDING_TO = new RegExp(
  String.raw`\b[Aa]ccording to (?:(?:a|an|the)\s+(?:[a-z]+\s+){0,2}(?:report|study|estimate|analysis|assessment|survey|count|tally)\s+(?:published\s+)?by\s+)?(?:(?:a|an|the)\s+(?:[a-z][\w-]*\s+){1,4}(?=[A-Z]))?(${NAME}(?:['’]s)?(?:\s+[a-z][\w-]*){1,3}?(?=\s*[,.;:]|\s*$)|${NAME}(?:(?:\s+[a-z][\w-]*)?\s+(?:media|television|radio|tv|press|news agency|agency|intelligence|officials|sources|military|government|ministry|committee|administration))?)`,
);
// "A report published on Jan. 8 by the Arden Open Source Lab, which studies satellite imagery, shows": the report's
// author is whose finding it is, and what the aside says of it describes the speaker.
const REPORT_BY = new RegExp(
  String.raw`\b(?:[Rr]eport|[Ss]tudy|[Aa]nalysis|[Aa]ssessment|[Ss]urvey|[Rr]eview|[Ii]magery|[Ii]mages|[Pp]hotographs|[Dd]ata)\s+(?:(?:published|released|issued|compiled|taken)\s+)?(?:(?:on|in|last|this)\s+[\w.]+(?:\s+\d{1,2})?\s+)?by\s+(${NAME})(,\s+(?:which|who)\s+[^,]{1,80},)?(?=[^.;]*\b(?:shows?|showed|shown|found|finds|suggests?|suggested|indicates?|indicated|concluded)\b)`,
);
// "By the institute's count", "by Seoul's estimate": whose figure it is.
const BY_COUNT_OF = new RegExp(String.raw`\b[Bb]y ((?:the\s+[a-z][\w-]*|${NAME}))['’]s (?:own )?(?:count|estimate|estimates|tally|reckoning|calculations?|figures?)\b`);
// "South Korea's spy agency said", "Ukraine's military intelligence said": a name's body, written in lower case.
// "South Korean intelligence", "Russian state media": a name and the body it qualifies.
const BODY = String.raw`(?:intelligence|military|media|officials|government|forces|army|navy|ministry|agency|service|lawmakers|authorities|sources|diplomats)`;
const TRAILING_NAME = new RegExp(String.raw`(${NAME}['’]s(?:\s+[a-z][\w-]*){1,3}|${NAME}(?:\s+(?!and\b|or\b)[a-z][\w-]*)?\s+${BODY}|${NAME})$`);
const WHOLE_NAME = new RegExp(`^${NAME}$`);
// A name's body or officer, lower case after the name: "Tokyo's chief cabinet secretary", "Seoul's spy agency".
const NAMED_BODY = new RegExp(String.raw`^${NAME}['’]s(?:\s+[a-z][\w-]*){1,3}$`);
// "On Tuesday, Kim…": a time or place before the subject is not a name.
const LEADING_ADVERBIAL = /^(?:In|On|At|By|For|From|After|Before|During|Since|Until|Last|This|Earlier|Later|Then|Now|Today|Yesterday)\b/;
// Ranks and titles written short before a name, whose period ends no sentence.
const RANKS_WITH_PERIOD = String.raw`(?:${TITLES})\.`;
// "…,” said Lee Jae-hoon, an analyst", "…, said Maj. Yaryna Kovalchuk" and "…, said the ministry": the speaker after
// the verb. Not "told", whose object is whom the words were told ("…," the spokesperson told me).
const VERB_BEFORE_SOURCE = new RegExp(String.raw`[,”"’]\s*(?:said|says|wrote|added|warned|claimed|estimated|replied)\s+((?:the\s+)?(?:${RANKS_WITH_PERIOD}\s+)*[^,.;]{2,80}?)(?=[,.;]|$)`, 'i');
const OPENING_QUOTATION = /^[“"][^”"]*[”"]\s*/;
const ABBREVIATION_AFTER = /\s*\([A-Z][A-Za-z.]{1,9}\)$/;
// "The invasion was hailed by pro-Western commentators as…": words given to the agent of a passive verb of speech.
const PASSIVE_SPEECH = /\b(?:was|were|been|is|are|being)\s+(?:\w+\s+)?(?:described|called|compared|likened|hailed|dubbed|branded|criticised|criticized|praised|condemned|dismissed)\s+by\s+([^,.;]{2,60}?)(?=\s+(?:as|for|to|who|which)\b|[,.;]|$)/i;
// Sources named by a common noun: "according to a lawmaker who attended the briefing", "…, the monitors say."; and
// the name that closes a sentence: "…, KCNA reported."
const NOUN_PHRASE = String.raw`(?:the|a|an)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3}?`;
const ACCORDING_TO_NOUN = new RegExp(String.raw`\b[Aa]ccording to (${NOUN_PHRASE})(?=\s+(?:who|which|that|in|on|at|from|with|for|familiar)\b|\s*[,.;:]|\s*$)`);
const TRAILING_ATTRIBUTION = new RegExp(String.raw`,\s+(${NOUN_PHRASE}|${NAME})\s+(?:(?:has|have|had)\s+)?(?:say|says|said|estimate|estimates|estimated|believe|believes|reported|report|reports)\s*[.”"’]*\s*$`);
const TRAILING_TIME = new RegExp(String.raw`\s+(?:on|in|last|this|late|early)\s+(?:${[...WEEKDAY_NAMES, ...MONTH_NAMES].join('|')})$`);
const PREPOSITION_BEFORE = /\b(?:on|of|in|at|to|for|from|with|against|over|by|into|about)\s+$/i;
// How many words a subject phrase may run to before it is taken for a clause ("Officials in Kyiv").
const SUBJECT_WITHIN = 8;
// Words that make what follows "said" a clause rather than a name.
const CLAUSE = /\b(?:would|will|had|has|have|was|were|is|are|could|should|may|might|that)\b/;
const QUOTED_AS_SAYING = /\bquoted\s+(.{2,80}?)\s+as\s+(?:saying|telling|describing)\b/i;
const PRONOUN = /^(It|He|She|They|We|I|This|That|These|Those|So)$/i;
// "Gaskell was cautious: “A factory…”", "Budanov put it bluntly: “…”": a name, a few words in lower case that say how
// it spoke, and a colon that opens its quotation.
const COLON_QUOTE = new RegExp(String.raw`^\s*(${NAME})(?:\s+[a-z][\w’'-]*){1,4}:\s*[“"‘]`);
// "The answer is simple: “…”": a capitalised word that opens a sentence without naming anyone.
const DETERMINER = /^(?:The|A|An|One|Our|My|His|Her|Their|Its)$/;

/**
 * Who a sentence attributes its claim to, when it says so in a simple pattern: "according to X" or "by X's count",
 * the source that closes it ("…, KCNA reported", "…, the monitors say"), the capitalised name just before a
 * reporting verb ("The Kyiv Independent, however, claimed" → The Kyiv Independent), or the name right after it ("…,”
 * said Park Min-jae"); else a source named by a common noun ("according to a lawmaker"). Null when there is none: the
 * article is then the only attribution.
 */
export function claimSource(sentence: string): string | null {
  const according = ACCORDING_TO.exec(sentence) ?? BY_COUNT_OF.exec(sentence) ?? REPORT_BY.exec(sentence);
  if (according) return according[1]!.replace(/\.$/, '');
  const colon = colonQuoteSpeaker(sentence);
  if (colon) return colon;
  // "Kim called for more drones, KCNA reported": the words that close the sentence say whose claim all of it is.
  const closing = TRAILING_ATTRIBUTION.exec(sentence)?.[1];
  if (closing) return closing;
  // "South Korea's National Intelligence Service (NIS) told lawmakers": the name without its abbreviation.
  const before = SOURCE_BEFORE_VERB.exec(sentence)?.[1]?.replace(CONNECTIVES, '').replace(ABBREVIATION_AFTER, '').trim();
  const name = before ? (subjectName(before) ?? namedBeforeApposition(before)) : undefined;
  if (name && !PRONOUN.test(name)) return name;
  const after = nameAfterVerb(sentence);
  if (after && !PRONOUN.test(after)) return after;
  return ACCORDING_TO_NOUN.exec(sentence)?.[1] ?? null;
}

function colonQuoteSpeaker(sentence: string): string | undefined {
  const name = COLON_QUOTE.exec(sentence)?.[1];
  return name && !PRONOUN.test(name) && !LEADING_ADVERBIAL.test(name) && !DETERMINER.test(name) ? name : undefined;
}

// "…,” said Lee Jae-hoon, an analyst": the speaker after the verb; but in "…, said North Korea would send 1,000
// deminers" what follows the verb is what was said.
function nameAfterVerb(sentence: string): string | undefined {
  const after = VERB_BEFORE_SOURCE.exec(sentence)?.[1]?.trim();
  // "…, added 105 ships and lowered the price cap": a figure says what was done, not who spoke.
  return after && !CLAUSE.test(after) && !/\d/.test(after) ? after : undefined;
}

// The name that ends the words before the verb. A name after a preposition only describes the subject, which is
// then the whole phrase before its relative clause: "a group of 11 countries that monitors sanctions on Pyongyang
// said", "A spokesman for the Pentagon said".
function subjectName(subject: string): string | undefined {
  // "South Korea's military on Monday said": the day is when, not who.
  const undated = subject.replace(TRAILING_TIME, '');
  if (undated !== subject) return subjectName(undated);
  const trailing = TRAILING_NAME.exec(subject);
  if (!trailing) return undefined;
  if (!PREPOSITION_BEFORE.test(subject.slice(0, trailing.index))) return trailing[1];
  const clause = subject.split(/,\s+|\s+[—–]\s+/).at(-1)!.split(/\s+(?:that|who|which)\s+/)[0]!;
  return clause.split(/\s+/).length <= SUBJECT_WITHIN && /^(?:[A-Z]|(?:the|a|an)\s)/.test(clause) ? clause : undefined;
}

// "Pak Chol-min, a former officer who defected in 2016, said" and "Tokyo's chief cabinet secretary, asked about the
// report, said": the name before the description of its bearer or an aside, after any time or place the sentence
// opens with ("During a visit to Pyongyang in June, Sergei Shoigu, the secretary of Russia's Security Council, said").
function namedBeforeApposition(subject: string): string | undefined {
  if (!subject.endsWith(',')) return undefined;
  // '"…, and that is a minimum," Maj. Yaryna Kovalchuk, a spokesperson for the HUR, told me': the quotation first.
  const parts = subject.replace(OPENING_QUOTATION, '').split(',').map((part) => part.trim());
  const head = parts.find((part) => !LEADING_ADVERBIAL.test(part));
  return head !== undefined && head !== parts.at(-1) && (WHOLE_NAME.test(head) || NAMED_BODY.test(head)) ? head : undefined;
}

/**
 * Everything a sentence names as the speaker of its words, for matching the speaker a question asks about: the
 * claim's source, and the words just before the reporting verb, which carry titles that are not capitalised
 * ("Kremlin spokesman Dmitry Peskov said", "South Korea's spy agency told lawmakers").
 */
export function speakerPhrases(sentence: string): string[] {
  const phrases = new Set<string>();
  const source = claimSource(sentence);
  if (source) phrases.add(source);
  const before = SOURCE_BEFORE_VERB.exec(sentence)?.[1];
  // Words that close a quotation are the quoted words, not their speaker ("“First Iranian drones…,” said Olha"); but
  // a name's description is the speaker's ("Kyrylo Budanov, head of Ukraine's military intelligence agency, said").
  const speaks = before && (!/[”"’',]\s*$/.test(before) || namedBeforeApposition(before.replace(CONNECTIVES, '').trim()) !== undefined);
  if (speaks) phrases.add(before.split(/\s+/).slice(-8).join(' '));
  const after = nameAfterVerb(sentence);
  if (after) phrases.add(after);
  const report = REPORT_BY.exec(sentence);
  if (report) phrases.add(`${report[1]}${report[2] ?? ''}`);
  // "The institute quoted Peskov as saying…": the words are Peskov's.
  const quoted = QUOTED_AS_SAYING.exec(sentence)?.[1];
  if (quoted) phrases.add(quoted);
  const agent = PASSIVE_SPEECH.exec(sentence)?.[1];
  if (agent) phrases.add(agent);
  return [...phrases];
}
