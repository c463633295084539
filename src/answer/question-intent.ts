import type { AnswerType } from './answer-type.js';
import { expectedAnswerType } from './answer-type.js';

/** What a question asks for, as its wording shows, beyond its words. */
export interface QuestionIntent {
  /** The kind of fact asked for: a figure for "how many", a date for "when". */
  answerType: AnswerType;
  /** Whose words the question asks about ("according to the NIS", "what did the Pentagon say"); null when none. */
  speaker: string | null;
  /** Does it ask who said, reported or claimed something ("Which outlet reported…", "Who said…")? */
  asksSpeaker: boolean;
  /** What it asks about, when it says so ("What did the Pentagon say about the prisoners?"); null when it does not. */
  topic: string | null;
  /**
   * Words that only say the question is about reported words ("compared" in "who compared the Koksan to a
   * dinosaur"): copy reports them with "said", so a passage need not hold them. Folded; none when the question asks
   * for no speaker and names none.
   */
  frame: string[];
  /** Does it ask about words said ("when did Yoon say…", "when did Ukraine's spies go public…")? */
  aboutWords: boolean;
  /**
   * Does it ask for advice or a service ("best ski resorts in south korea", "how do i get a visa", "kimchi recipe")?
   * News copy reports and never advises, so the corpus answers such a question only in its own words.
   */
  asksAdvice: boolean;
}

// How someone took what happened, which copy reports as words said: "Pyongyang reacted…", "Seoul responded…".
const RESPONDING = String.raw`react|reacted|reacts|reacting|respond|responded|responds|responding|reply|replied|replies|comment|commented|comments`;
const REPORTING = String.raw`(?:say|said|saying|says|declare|declared|declares|proclaim|proclaimed|claim|claimed|claiming|claims|report|reported|reporting|reports|tell|told|telling|describe|described|describing|estimate|estimated|estimating|think|thinks|reckon|reckons|reckoned|believe|believes|warn|warned|announce|announced|confirm|confirmed|deny|denied|reveal|revealed|allege|alleged|assess|assessed|expect|expected|call|called|calls|compare|compared|compares|liken|likened|likens|argue|argued|argues|insist|insisted|admit|admitted|admits|acknowledge|acknowledged|predict|predicted|suggest|suggested|accuse|accused|blame|blamed|dismiss|dismissed|condemn|condemned|vow|vowed|promise|promised|threaten|threatened|disclose|disclosed|write|wrote|writes|cite|cited|cites|quote|quoted|quotes|${RESPONDING})`;
// Verbs that report words without saying anything of them; "denied" or "admitted" say something, and stay.
const FRAMING = new RegExp(
  String.raw`^(?:say|says|saying|declare|declared|declares|proclaim|proclaimed|tell|telling|claim|claims|claimed|report|reports|reported|describe|describes|described|call|calls|called|compare|compares|compared|liken|likens|likened|write|writes|wrote|cite|cites|cited|quote|quotes|quoted|think|thinks|reckon|reckons|reckoned|believe|believes|${RESPONDING})$`,
);
// "The report", "a new report", "its comments": a noun after its determiner names a thing, which the question asks about.
const DETERMINED = /^(?:the|a|an|this|that|these|those|its|their|his|her|new|latest|first)$/;

// The question's verbs that only report words (see FRAMING); the same words as nouns after a determiner are not.
function framingVerbs(question: string): string[] {
  const words = question.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return words.filter((word, i) => FRAMING.test(word) && !(i > 0 && DETERMINED.test(words[i - 1]!)));
}

// "Which outlet put the number at…", "made the claim": verbs that report only where a question asks who reported.
const PUT_A_FIGURE = String.raw`(?:put|puts|make|made|makes)`;
// A question about words said: any verb of reporting, or going public with them.
const ABOUT_WORDS = new RegExp(String.raw`\b${REPORTING}\b|\b(?:go|goes|went|gone|going)\s+public\b|\bmade\s+public\b`, 'i');
// The speaker of "according to" ends at the clause or at the question that follows it ("according to the JCS how
// many…"); "per the sanctions monitors" says the same, where no unit follows "per" ("per day", "per cent").
const ACCORDING_TO =
  /\b(?:according to|per(?!\s+(?:a\s+|an\s+|each\s+|every\s+)?(?:day|week|month|year|hour|minute|cent|capita|head|person|unit|piece|kilomet(?:re|er)|km|mile|tonne|ton)s?\b))\s+(.+?)(?=\s*(?:[,?;]|$|\s(?:how|what|when|where|who|which|why|did|does|do|is|are|was|were|has|have)\b))/i;
const DID_SPEAKER_SAY = new RegExp(String.raw`\b(?:what|how|did|does|do|has|have|is|are|was|were)\s+(?:did|does|do|has|have|is|are|was|were\s+)?(.+?)\s+(${REPORTING})\b`, 'i');
const SPEAKER_SAYS = new RegExp(String.raw`^\s*(?:what\s+)?(?:do|does|did)?\s*(.+?)\s+(says|said|claims|claimed|reports|reported|estimates|estimated)\b`, 'i');
const ASKS_SPEAKER = new RegExp(
  String.raw`^\s*(?:who|which\s+(?:[\w-]+\s+){0,3}?(?:outlet|agency|source|official|officials|newspaper|paper|site|website|think tank|group|media|analyst|analysts|minister|ministry|spokesman|spokeswoman|spokesperson|lawmaker|general|commander|body|intelligence|service|country|government))\b.*\b(?:${REPORTING}|${PUT_A_FIGURE})\b`,
  'i',
);
// "about the prisoners", but not "about 600 soldiers", where "about" gives a figure.
const ABOUT = /\babout\s+(?!\d|(?:a (?:dozen|hundred|thousand|million)|half|one|two|three|four|five|six|seven|eight|nine|ten|twenty|dozens|hundreds|thousands)\b)(.+?)[\s?.!]*$/i;
// "Has the Kremlin ever admitted…": adverbs between the speaker and the verb.
const TRAILING_ADVERBS = /(?:\s+(?:ever|also|really|actually|already|now|publicly|officially|previously|recently|just|still|never|finally|eventually|first|once|openly|formally))+$/i;
// Words that start a "did X say" match but are the question's own grammar, not a speaker.
const NOT_A_SPEAKER = /^(?:it|they|this|that|there|the\s+\w+\s+(?:that|which)|what|which|many|much|\w+\s+(?:many|much))\b/i;

// The forms of a request for advice or a service: what a reader asks a guide, a shop or a search engine.
const ASKS_ADVICE =
  /^\s*(?:best|cheapest|recommend|any good|anyone know (?:a|any|where)|good (?:place|spot|app)|where (?:can|do|should|to) i|where to|how (?:do|can|should) i|how to|is it (?:safe|worth)|what should i|any tips)\b|\b(?:recipes?|opening hours|sim card)\b|\bbest (?:time|times|way|ways|place|places|spot|spots)(?: of (?:the )?year)? to\b/i;

/** Reads the question's intent from its wording alone. */
export function questionIntent(question: string): QuestionIntent {
  const asksSpeaker = ASKS_SPEAKER.test(question);
  // "Which outlet put the number of soldiers at ten thousand?" gives the figure and asks for its source.
  const answerType = asksSpeaker ? 'any' : expectedAnswerType(question);
  const speaker = asksSpeaker ? null : speakerAsked(question);
  const frame = asksSpeaker || speaker !== null ? framingVerbs(question) : [];
  return {
    answerType,
    speaker,
    asksSpeaker,
    topic: ABOUT.exec(question)?.[1] ?? null,
    frame,
    aboutWords: ABOUT_WORDS.test(question),
    asksAdvice: ASKS_ADVICE.test(question),
  };
}

function speakerAsked(question: string): string | null {
  const according = ACCORDING_TO.exec(question)?.[1];
  if (according) return according.trim();
  const named = speakerBeforeVerb(DID_SPEAKER_SAY.exec(question)) ?? speakerBeforeVerb(SPEAKER_SAYS.exec(question));
  if (!named) return null;
  // "What famous battle did commentators compare…": the speaker follows the question's auxiliary.
  const speaker = named
    .replace(/^.*\b(?:did|does|do|has|have|is|are|was|were)\s+/i, '')
    .replace(TRAILING_ADVERBS, '')
    .trim();
  return speaker.length > 0 && !NOT_A_SPEAKER.test(speaker) && speaker.split(/\s+/).length <= 6 ? speaker : null;
}

// After "is" or "are" the word is a noun unless it is a participle: "What is Seoul saying", but "What are the
// different estimates" has no speaker.
function speakerBeforeVerb(match: RegExpExecArray | null): string | undefined {
  if (!match) return undefined;
  const copular = /\b(?:is|are|was|were)\s/i.test(match[0]);
  return copular && !/(?:ing|ed)$|^(?:said|told|made|put)$/i.test(match[2]!) ? undefined : match[1];
}
