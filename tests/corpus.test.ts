import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.js';
import { parseArticleFile } from '../src/corpus/parse.js';
import { TEST_CORPUS_DIR } from './support/engine-config.js';

const encode = (text: string) => new TextEncoder().encode(text);
const parse = (name: string, text: string) => parseArticleFile(name, encode(text));

describe('corpus files', () => {
  it('reads a markdown article with every optional field', () => {
    const result = parse(
      'a.md',
      '---\ntitle: Troops\npublisher: Example News\nauthor: A. Writer\nurl: https://example.org/a\npublished: 2024-10-23\nlanguage: en\n---\nBody text here.\n',
    );
    expect(result).toMatchObject({
      ok: true,
      article: { id: 'a', title: 'Troops', publisher: 'Example News', url: 'https://example.org/a', published: '2024-10-23', language: 'en' },
    });
  });

  it('records unknown metadata as null instead of inventing it', () => {
    const result = parse('b.md', '---\ntitle: Only a title\n---\nBody.\n');
    expect(result).toMatchObject({ ok: true, article: { publisher: null, author: null, url: null, published: null } });
  });

  it('takes the first line of a .txt file as its title and the rest as its body', () => {
    const result = parse('c.txt', 'The headline\n\nFirst paragraph.\n');
    expect(result).toMatchObject({ ok: true, article: { id: 'c', title: 'The headline', body: '\nFirst paragraph.\n' } });
  });

  it('keeps the body character for character', () => {
    const body = '“Curly” quotes – en dash – and a Cyrillic Сosmodrome.\n';
    const result = parse('d.md', `---\ntitle: T\n---\n${body}`);
    expect(result.ok && result.article.body).toBe(body);
  });

  it('names the field when the title is missing', () => {
    expect(parse('e.md', '---\npublisher: X\n---\nBody.\n')).toMatchObject({ ok: false, problems: [{ path: 'e.md', field: 'title' }] });
  });

  it('rejects a URL that is not http or https', () => {
    expect(parse('f.md', '---\ntitle: T\nurl: javascript:alert(1)\n---\nBody.\n')).toMatchObject({
      ok: false,
      problems: [{ field: 'url', message: 'must be an http(s) URL' }],
    });
  });

  it('rejects a publication date that is not an ISO date', () => {
    expect(parse('g.md', '---\ntitle: T\npublished: last Tuesday\n---\nBody.\n')).toMatchObject({ ok: false, problems: [{ field: 'published' }] });
  });

  it('rejects a misspelt field so that metadata is not silently lost', () => {
    const result = parse('h.md', '---\ntitle: T\npubisher: X\n---\nBody.\n');
    expect(result).toMatchObject({ ok: false, problems: [{ field: 'pubisher' }] });
  });

  it('rejects a file that is not UTF-8', () => {
    const result = parseArticleFile('i.md', new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]));
    expect(result).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('UTF-8') }] });
  });

  it('rejects a markdown file without front matter', () => {
    expect(parse('j.md', 'Just text.\n')).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('front matter') }] });
  });

  it('rejects an article with no text', () => {
    expect(parse('k.md', '---\ntitle: T\n---\n\n')).toMatchObject({ ok: false, problems: [{ field: 'body' }] });
  });

  it('loads the seed article without inventing publisher, link or date', async () => {
    const corpus = await loadCorpus(TEST_CORPUS_DIR);
    expect(corpus.problems).toEqual([]);
    const seed = corpus.articles.find((a) => a.id === 'north-korean-military-fighting-alongside-russia');
    expect(seed).toMatchObject({
      title: 'Is North Korean military fighting alongside Russia in Ukraine?',
      publisher: null,
      url: null,
      published: null,
    });
  });
});
