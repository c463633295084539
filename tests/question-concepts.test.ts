import { describe, expect, it } from 'vitest';
import type { WordForms } from '../src/retrieval/query.js';
import { DEFAULT_PROFILE } from '../src/answer/scoring-profile.js';
import { conceptCoverage, questionConcepts, withWordForms } from '../src/retrieval/query.js';
import { wordForms } from '../src/text/word-forms.js';

const words = (question: string) => questionConcepts(question, { aliases: true }).map((c) => c.word);

describe('the concepts of a question', () => {
  it('are its content words and the names of the domain, each once', () => {
    expect(words('How many troops has Pyongyang sent to Moscow?')).toEqual(['pyongyang', 'moscow', 'troops', 'sent']);
  });

  it('leave out the word that names the kind of answer asked for', () => {
    expect(words('On what date did Putin and Kim tour the spaceport?')).not.toContain('date');
    expect(words('In which year was the treaty signed?')).not.toContain('year');
    expect(words('how long did the north koreans train in russia?')).not.toContain('long');
    expect(words('how often does the moscow pyongyang train go')).not.toContain('often');
  });

  it('leave out what chat wraps a question in ("is it true", "right now", "or something")', () => {
    expect(words("is it true nk's economy had its best year in ages")).not.toContain('true');
    expect(words("what's the nk won trading at right now")).not.toContain('right');
    expect(words('did they give them fake papers or nah')).not.toContain('nah');
    expect(words('what are the soldiers' + "'" + ' human rights')).toContain('rights');
  });

  it('leave out the filler of spoken questions', () => {
    expect(words('what has tokyo actually done about it')).toEqual(['tokyo']);
    expect(words("has kim's ammo gotten any better")).toEqual(["kim's", 'ammo', 'better']);
  });

  it('leave out what members type for a function word', () => {
    expect(words('r the russians teaching nk to make drones rn')).toEqual(['russians', 'nk', 'teaching', 'drones']);
    expect(words('so did lavrov sit down w kim abt the deal')).toEqual(['lavrov', 'sit', 'down', 'kim', 'deal']);
  });

  it('leave out a contraction typed without its apostrophe', () => {
    expect(words('why isnt kim saying anything, thats what i dont get')).toEqual(['kim', 'saying']);
    expect(words('who said they couldnt bring everyone back')).not.toContain('couldnt');
  });

  it('leave out the kind of source a "which" question asks for, which its answer need not name', () => {
    expect(words('Which think tank cited the Kremlin’s spokesperson?')).toEqual(['kremlin', 'cited', 'spokesperson']);
  });

  it('leave out the words that say sources disagree, but not the sources they name', () => {
    expect(words('how many pantsirs did nk get? kyiv and seoul dont seem to agree')).toEqual(['nk', 'kyiv', 'seoul', 'pantsirs']);
    expect(words('how many were killed, what are the different estimates')).toEqual(['killed']);
    expect(words('what did putin and kim agree')).toContain('agree');
    expect(words('how long did they talk for? seeing diff numbers')).toEqual(['talk']);
    expect(words('how many koksans did kim hand over, numbers all over the place')).toEqual(['koksans', 'kim', 'hand']);
    expect(words('how many have died? seoul and kyiv seem way off from each other')).toEqual(['seoul', 'kyiv', 'died']);
    expect(words('how many were killed? the counts dont match')).toEqual(['killed', 'counts']);
  });

  it('keep the same word where it is what the question is about', () => {
    expect(words('How many soldiers died on the first day of fighting?')).toContain('day');
  });
});

describe('the coverage of a question by a text', () => {
  const concepts = questionConcepts('captured soldiers age', { aliases: true }).map((c) => ({ ...c, weight: 1 }));

  it('is the share of the question’s concept weight the text holds', () => {
    expect(conceptCoverage(concepts, new Set(['captur', 'soldier']))).toBeCloseTo(2 / 3);
  });

  it('counts a concept the text lacks at the context’s factor where the context holds it', () => {
    const headline = { terms: new Set(['captur']), factor: 0.5 };
    expect(conceptCoverage(concepts, new Set(['soldier']), headline)).toBeCloseTo(1.5 / 3);
  });
});

describe('the other forms of a question’s words', () => {
  // A stand-in for WordNet and the thesaurus that knows one phrase and no word.
  const forms: WordForms = { of: async (word) => (word === 'space center' ? [{ word: 'cosmodrome', factor: 0.8 }] : []) };
  const question = 'when did they meet at the space center';

  it('lend a two-word phrase’s forms to each of its words', async () => {
    const concepts = await withWordForms(questionConcepts(question, { aliases: true }), forms, question, { verbAloneFactor: 1 });
    const termsOf = (word: string) => concepts.find((c) => c.word === word)!.alternatives.map((a) => a.term);
    expect(termsOf('space')).toContain('cosmodrom');
    expect(termsOf('center')).toContain('cosmodrom');
    expect(termsOf('meet')).not.toContain('cosmodrom');
  });

  it('count the verb of a phrasal verb in part alone, and the phrase’s forms in full', async () => {
    const phrasal: WordForms = {
      of: async (word) => (word === 'shot down' ? [{ word: 'intercepted', factor: 0.6 }] : word === 'shot' ? [{ word: 'shoot', factor: 0.8 }] : []),
    };
    const asked = 'how many drones were shot down';
    const shot = (await withWordForms(questionConcepts(asked, { aliases: true }), phrasal, asked, { verbAloneFactor: 0.5 })).find((c) => c.word === 'shot')!;
    expect(shot.alternatives).toEqual([
      { term: 'shot', factor: 0.5 },
      { term: 'shoot', factor: 0.4 },
      { term: 'intercept', factor: 0.6 },
    ]);
  });

  it('count a verb in full where the word after it is no particle', async () => {
    const phrasal: WordForms = { of: async (word) => (word === 'made peace' ? [{ word: 'reconciled', factor: 0.6 }] : []) };
    const asked = 'when was peace made';
    const made = (await withWordForms(questionConcepts(asked, { aliases: true }), phrasal, asked, { verbAloneFactor: 0.5 })).find((c) => c.word === 'made')!;
    expect(made.alternatives).toEqual([{ term: 'made', factor: 1 }]);
  });

  it('leave out a number among a word’s synonyms, which would be read as a figure', async () => {
    const numbered: WordForms = { of: async (word) => (word === 'team' ? [{ word: 'eleven', factor: 0.6 }, { word: 'squad', factor: 0.6 }] : []) };
    const asked = 'which team does he support';
    const team = (await withWordForms(questionConcepts(asked, { aliases: true }), numbered, asked, { verbAloneFactor: 1 })).find((c) => c.word === 'team')!;
    expect(team.alternatives.map((a) => a.term)).toEqual(['team', 'squad']);
  });
});

describe('the domain’s words for one another', () => {
  const forms = wordForms(DEFAULT_PROFILE.formFactors);
  const termsOf = async (question: string, word: string) =>
    (await withWordForms(questionConcepts(question, { aliases: true }), forms, question, { verbAloneFactor: 1 })).find((c) => c.word === word)!.alternatives.map((a) => a.term);

  it('read what members write for short as the word articles use', async () => {
    expect(await termsOf('what does ukrainian intel say', 'intel')).toContain('intellig');
    expect(await termsOf('how many kia so far', 'kia')).toContain('kill');
  });

  it('read a British word as the American word for the same thing, and back', async () => {
    expect(await termsOf('drones hidden in trucks', 'trucks')).toContain('lorri');
    expect(await termsOf('how much petrol went north', 'petrol')).toContain('gasolin');
  });

  it('read a harbour as a port, and offloading as unloading', async () => {
    expect(await termsOf('which nk harbour do the tankers offload at', 'harbour')).toContain('port');
    expect(await termsOf('which nk harbour do the tankers offload at', 'offload')).toContain('unload');
  });

  it('read firing drones as launching them', async () => {
    expect(await termsOf('how many drones did russia fire at ukraine', 'fire')).toContain('launch');
  });

  it('read "sign off on" as "approve"', async () => {
    expect(await termsOf("what day did japan's cabinet sign off on the sanctions", 'sign')).toContain('approv');
  });

  it('read "in return" as "in exchange", and "return" alone as itself', async () => {
    expect(await termsOf('what does north korea get in return', 'return')).toContain('exchang');
    expect(await termsOf('when will the soldiers return home', 'return')).not.toContain('exchang');
  });
});
