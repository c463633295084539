import { stemmer } from 'stemmer';
import { wordnetExceptions, type InflectingPartOfSpeech } from './wordnet-exceptions.js';

interface IrregularForms {
  lemmaOfForm: Map<string, string>;
  formsOfLemma: Map<string, string[]>;
}

// Where two lists give a form different base forms (only "is" and "testes" do), the verb's wins.
const PRECEDENCE: InflectingPartOfSpeech[] = ['verb', 'noun', 'adjective'];
let irregular: IrregularForms | undefined;

/**
 * The dictionary form of an irregular inflection that stemming cannot join to it ("began" → "begin", "children" →
 * "child", "worse" → "bad"); null for any other word, including irregular forms the stemmer already joins
 * ("abetted" and "abet" share a stem). Expects a lower-case word.
 */
export function lemmaOf(word: string): string | null {
  return irregularForms().lemmaOfForm.get(word) ?? null;
}

/**
 * The irregular inflections of a dictionary form that stemming cannot join to it ("send" → ["sent"], "begin" →
 * ["began", "begun"]), so that a question in the base form can find a passage in the past tense. Expects a
 * lower-case word; empty when it has none.
 */
export function irregularFormsOf(lemma: string): string[] {
  return irregularForms().formsOfLemma.get(lemma) ?? [];
}

/**
 * Is the lower-case word written as a verb in the past or an irregular inflection ("killed", "sent", "flown")? It
 * says nothing of how the word is used: "wounded" may be a noun.
 */
export function looksInflectedAsVerb(word: string): boolean {
  return /ed$/.test(word) || wordnetExceptions('verb').has(word);
}

function irregularForms(): IrregularForms {
  if (irregular === undefined) {
    const lemmaOfForm = new Map<string, string>();
    const formsOfLemma = new Map<string, string[]>();
    for (const partOfSpeech of PRECEDENCE) {
      for (const [form, lemma] of wordnetExceptions(partOfSpeech)) {
        if (lemmaOfForm.has(form) || stemmer(form) === stemmer(lemma)) continue;
        lemmaOfForm.set(form, lemma);
        const forms = formsOfLemma.get(lemma);
        if (forms === undefined) formsOfLemma.set(lemma, [form]);
        else forms.push(form);
      }
    }
    irregular = { lemmaOfForm, formsOfLemma };
  }
  return irregular;
}
