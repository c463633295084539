import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../src/corpus-tools/check-corpus.js';
import { findNearDuplicates, jaccard, wordShingles } from '../src/corpus-tools/near-duplicates.js';
import { tempDir } from './support/temp-dirs.js';

// Invented test text about a fictional town; never written to the real corpus/.
const FERRY = [
  'The ferry between the fictional towns of Eastport and Westmere resumed service on Monday after a pause of three weeks, the operator said.',
  'Passengers queued from early morning, and the first crossing left twenty minutes late because of extra security checks at the pier.',
  'The operator said the timetable would stay reduced until the second vessel returns from repairs at the shipyard next month.',
].join('\n\n');
const BAKERY = [
  'A bakery in the imaginary village of Millbrook has kept its ovens running on a diesel generator through every power cut this winter.',
  'The owner said she bakes four hundred loaves a day and gives the unsold bread to the volunteer kitchen at the railway station.',
].join('\n\n');

const article = (frontMatter: string, body: string) => `---\n${frontMatter}\n---\n\n${body}\n`;

// A corpus with one problem per file, plus the two good articles bakery.md and ferry.md.
const FILES = {
  'bakery.md': article('title: "Millbrook bakery keeps baking"\nurl: "https://news.example/millbrook-bakery"', BAKERY),
  'ferry.md': article('title: "Ferry resumes"\nurl: "https://news.example/ferry"', FERRY),
  'ferry-again.md': article('title: "Ferry resumes (copy)"', FERRY.replace('Monday', 'Tuesday')),
  'same-url.md': article(
    'title: "Another page at the same address"\nurl: "http://www.news.example/ferry/?utm_source=feed"',
    'A short note about the ferry that is a different text altogether, written by someone else entirely.',
  ),
  'typo-field.md': article('title: "Typo"\nautor: "Jane Doe"', BAKERY.replace('bakery', 'cafe')),
  'colon-title.md': '---\ntitle: Kyiv: the city\n---\n\nSome text that would be fine if the title were quoted properly.\n',
  'latin1.md': Buffer.concat([Buffer.from('---\ntitle: "Caf'), Buffer.from([0xe9]), Buffer.from('"\n---\n\nText.\n')]),
  'no-body.md': article('title: "Nothing here"', ''),
  'only-credits.md': article('title: "Only credits"', '# Heading\n\nReuters\n\nPhoto: AFP\n\nLoading...'),
};

const pick = (...names: (keyof typeof FILES)[]) => Object.fromEntries(names.map((name) => [name, FILES[name]]));

async function corpusWith(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await tempDir('check');
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  return dir;
}

const run = promisify(execFile);
async function corpusCheck(dir: string) {
  const result = await run(process.execPath, ['--import', 'tsx', 'src/cli/corpus-check.ts', '--corpus', dir]).catch(
    (error: { stdout: string; stderr: string; code: number }) => error,
  );
  return { stdout: result.stdout, stderr: result.stderr, code: 'code' in result ? result.code : 0 };
}

describe('near-duplicate detection', () => {
  it('compares word shingles without case, punctuation or spacing', () => {
    expect(wordShingles('The  Ferry, resumed service on Monday!', 5)).toEqual(
      new Set(['the ferry resumed service on', 'ferry resumed service on monday']),
    );
  });

  it('treats a text shorter than one shingle as one shingle of all its words', () => {
    expect(wordShingles('Only three words', 5)).toEqual(new Set(['only three words']));
  });

  it('scores identical texts 1, unrelated texts 0 and two empty texts 0', () => {
    expect(jaccard(wordShingles(FERRY), wordShingles(FERRY))).toBe(1);
    expect(jaccard(wordShingles(FERRY), wordShingles(BAKERY))).toBe(0);
    expect(jaccard(wordShingles(''), wordShingles(''))).toBe(0);
  });

  it('still finds a copy with one word changed', () => {
    const similarity = jaccard(wordShingles(FERRY), wordShingles(FERRY.replace('Monday', 'Tuesday')));
    expect(similarity).toBeGreaterThanOrEqual(0.8);
    expect(similarity).toBeLessThan(1);
  });

  it('reports each pair over the threshold once, earlier text first, and nothing else', () => {
    const pairs = findNearDuplicates([
      { key: 'ferry.md', text: FERRY },
      { key: 'bakery.md', text: BAKERY },
      { key: 'ferry-copy.md', text: FERRY.replace('Monday', 'Tuesday') },
    ]);
    expect(pairs).toEqual([{ first: 'ferry.md', second: 'ferry-copy.md', similarity: expect.closeTo(0.846, 3) }]);
  });

  it('does not call a text that shares one paragraph of three a near-duplicate', () => {
    const oneShared = `${FERRY.split('\n\n')[0]}\n\n${BAKERY}`;
    expect(findNearDuplicates([{ key: 'a', text: FERRY }, { key: 'b', text: oneShared }])).toEqual([]);
  });
});

describe('checking the corpus', () => {

  it('lists every problem with its file, field, what is wrong and how to fix it', async () => {
    const { articles, rows } = await checkCorpus(await corpusWith(FILES));
    expect(articles).toBe(5);
    expect(rows).toEqual([
      {
        file: 'colon-title.md',
        field: 'front matter',
        problem: expect.stringMatching(/^front matter is not valid YAML \(/),
        fix: 'correct the YAML between the --- lines; put values with a colon or quotes in double quotes',
      },
      {
        file: 'ferry.md',
        field: 'body',
        problem: 'text 84% the same as ferry-again.md',
        fix: 'keep one of ferry-again.md and ferry.md, unless they are really different articles',
      },
      { file: 'latin1.md', field: null, problem: 'is not valid UTF-8', fix: 're-save the file as UTF-8' },
      { file: 'no-body.md', field: 'body', problem: 'has no article text after the front matter', fix: 'put the article text after the closing ---' },
      {
        file: 'only-credits.md',
        field: 'body',
        problem: 'no content paragraphs: every paragraph is a heading, a credit line or under 5 words',
        fix: 'put the article text in paragraphs separated by blank lines, or delete the file',
      },
      { file: 'same-url.md', field: 'url', problem: 'same URL as ferry.md', fix: 'keep one of ferry.md and same-url.md' },
      {
        file: 'typo-field.md',
        field: 'autor',
        problem: 'unknown field',
        fix: 'remove or rename the field (allowed: title, publisher, author, url, published, language)',
      },
    ]);
  });

  it('finds nothing wrong with distinct, valid articles', async () => {
    const { articles, rows } = await checkCorpus(await corpusWith(pick('bakery.md', 'ferry.md')));
    expect([articles, rows]).toEqual([2, []]);
  });
});

describe('npm run corpus:check', () => {
  it('prints a table of the problems and exits 1', async () => {
    const dir = await corpusWith(pick('ferry.md', 'latin1.md', 'no-body.md'));
    const { stdout, code } = await corpusCheck(dir);
    expect(code).toBe(1);
    expect(stdout.split('\n').slice(0, 4)).toEqual([
      'FILE        FIELD  PROBLEM                                     FIX',
      '----------  -----  ------------------------------------------  ---',
      'latin1.md   -      is not valid UTF-8                          re-save the file as UTF-8',
      'no-body.md  body   has no article text after the front matter  put the article text after the closing ---',
    ]);
    expect(stdout).toContain(`2 problems in 2 files of ${dir} (1 article readable).`);
  });

  it('says how many articles it checked and exits 0 when there is nothing to fix', async () => {
    const { stdout, code } = await corpusCheck(await corpusWith(pick('ferry.md', 'bakery.md')));
    expect(code).toBe(0);
    expect(stdout).toBe('2 articles, no problems.\n');
  });
});
