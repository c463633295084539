import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import type { IncomingHttpHeaders, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentParagraphs } from '../src/corpus/content-paragraphs.js';
import { parseArticleFile } from '../src/corpus/parse.js';
import { addArticle } from '../src/corpus-tools/add-article.js';
import { renderArticleMarkdown } from '../src/corpus-tools/article-markdown.js';
import { extractArticle, NotAnArticleError } from '../src/corpus-tools/extract-article.js';
import { fetchPage, PageFetchError } from '../src/corpus-tools/fetch-page.js';
import { slugFromTitle } from '../src/corpus-tools/slug.js';
import { tempDir } from './support/temp-dirs.js';

// Fake news pages written for these tests (see the comment at the top of each file); served from 127.0.0.1 only.
const PAGES = path.resolve('tests/fixtures/pages');
const NEWS_FILE = path.join(PAGES, 'news-article.html');
const BARE_FILE = path.join(PAGES, 'bare-article.html');
const NEWS_TITLE = 'Riverton bridge repairs: "weeks, not days," says mayor';
const NEWS_SLUG = 'riverton-bridge-repairs-weeks-not-days-says-mayor';
const CANONICAL = 'https://gazette.example/world/2024/10/riverton-bridge-repairs';
// What the fixture page's metadata says, as extracted and as written to the corpus file.
const NEWS_METADATA = {
  title: NEWS_TITLE,
  author: 'Olena Testenko, Sam Placeholder',
  publisher: 'The Fictional Gazette (test fixture)',
  url: CANONICAL,
  published: '2024-10-23',
  language: 'en-GB',
};

let server: Server;
let base: string;
const requestHeaders = new Map<string, IncomingHttpHeaders>();

// Russian test text in windows-1251, the encoding many Ukrainian and Russian sites still serve.
const CP1251_PAGE = `<!DOCTYPE html><!-- TEST FIXTURE, fictional --><html lang="ru"><head><title>Тестовая статья о вымышленном городе</title></head><body><article>
<h1>Тестовая статья о вымышленном городе</h1>
<p>Это вымышленная статья для проверки кодировки, и в ней нет ни одного настоящего события, человека или места.</p>
<p>Жители выдуманного города Тестовск говорят, что новый мост через реку откроют только весной, потому что строители ждут материалы.</p>
<p>Мэр города сказал журналистам, что все работы идут по плану, а временная переправа для машин уже работает каждый день с утра до вечера.</p>
<p>Эта страница нужна только для автоматических тестов и не должна попадать в настоящий корпус статей.</p>
</article></body></html>`;

function windows1251(text: string): Buffer {
  return Buffer.from(
    [...text].map((char) => {
      const code = char.codePointAt(0)!;
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x350;
      throw new Error(`no windows-1251 byte for ${char} in this test helper`);
    }),
  );
}

// Streams HTML until the client hangs up, as a runaway page would.
function endlessHtml(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/html' });
  const chunk = Buffer.alloc(64 * 1024, '<p>filler text for a page that never ends</p>\n');
  const pump = () => {
    while (!res.destroyed && res.write(chunk));
    if (!res.destroyed) res.once('drain', pump);
  };
  pump();
}

beforeAll(async () => {
  const news = await readFile(NEWS_FILE);
  const bare = await readFile(BARE_FILE);
  const signIn = await readFile(path.join(PAGES, 'not-an-article.html'));
  server = createServer((req, res) => {
    const route = new URL(req.url ?? '/', 'http://localhost').pathname;
    requestHeaders.set(route, req.headers);
    const html = (body: Buffer, type = 'text/html; charset=utf-8') => res.writeHead(200, { 'content-type': type }).end(body);
    switch (route) {
      case '/world/riverton-bridge':
        return html(news);
      case '/bare':
        return html(bare);
      case '/old-bare':
        return res.writeHead(301, { location: '/bare?utm_source=newsletter' }).end();
      case '/sign-in':
        return html(signIn);
      case '/xhtml':
        return html(bare, 'application/xhtml+xml');
      case '/cp1251':
        return html(windows1251(CP1251_PAGE), 'text/html; charset=windows-1251');
      case '/report.pdf':
        return res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4 fake test document');
      case '/declared-huge':
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
        return res.write('<html>');
      case '/endless':
        return endlessHtml(res);
      case '/stall':
        return; // never answers
      case '/stall-body':
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.write('<html><body><p>The first words arrive and then');
      default:
        return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  server.close();
});

const emptyCorpus = () => tempDir('add');
const parseWritten = async (dir: string, file: string) => parseArticleFile(file, await readFile(path.join(dir, file)));

const run = promisify(execFile);
async function corpusAdd(args: string[]) {
  const result = await run(process.execPath, ['--import', 'tsx', 'src/cli/corpus-add.ts', ...args]).catch(
    (error: { stdout: string; stderr: string; code: number }) => error,
  );
  return { stdout: result.stdout, stderr: result.stderr, code: 'code' in result ? result.code : 0 };
}

describe('extracting an article from a news page', () => {
  const news = extractArticle(readFileSync(NEWS_FILE, 'utf8'), pathToFileURL(NEWS_FILE).href);
  const body = news.paragraphs.join('\n');

  it('keeps every paragraph of the article, in page order, with the words exactly as on the page', () => {
    expect(news.paragraphs.map((paragraph) => paragraph.slice(0, 40))).toEqual([
      'The mayor of Riverton, a fictional town ',
      '“We have engineers on the bridge already',
      'According to the regional administration',
      'Until the bridge reopens, traffic will b',
      '“The detour road was never built for thi',
      'The regional governor said a temporary p',
      'The Fictional Gazette was unable to inde',
    ]);
    expect(news.paragraphs[1]).toBe(
      '“We have engineers on the bridge already, but the supports have to be rebuilt before any lorry can cross,” Mayor Petra Sample told reporters outside the town hall. “Anyone who tells you it will open on Friday is guessing.”',
    );
  });

  it('leaves out the navigation, ads, cookie banner, newsletter box and related-article lists', () => {
    for (const boilerplate of [
      'World news and analysis', 'Search the Gazette', 'Advertisement', 'ADVERTISEMENT', 'Cheap flights', 'Testland Appliances',
      'mortgage rates', 'We use cookies', 'Accept all', 'morning briefing', 'Read more', 'Power restored',
      'Lowford residents complain', 'Related articles', 'Drone debris', 'Share on Social', 'Topics:', '© 2024',
    ]) {
      expect(body).not.toContain(boilerplate);
    }
  });

  it('leaves out the photo caption and its credit line', () => {
    expect(body).not.toContain('Workers inspect the damaged span');
    expect(body).not.toContain('Ivan Imaginary');
  });

  it('writes link text as plain words and leaves out headings and markup', () => {
    expect(news.paragraphs[2]).toContain('The air defence units in the area reported');
    expect(body).toContain('would take weeks, not days, after');
    expect(body).not.toContain('Detour adds two hours');
    expect(body).not.toMatch(/<|\]\(|https?:|\*|_/);
  });

  it('takes title, authors, publisher, canonical URL, date and language from the page metadata', () => {
    const { paragraphs, ...metadata } = news;
    expect(metadata).toEqual(NEWS_METADATA);
  });

  it('invents nothing for a saved page without metadata: only the title and the text', () => {
    const bare = extractArticle(readFileSync(BARE_FILE, 'utf8'), pathToFileURL(BARE_FILE).href);
    expect(bare).toMatchObject({
      title: 'Volunteers in imaginary Northvale sort winter aid',
      author: null,
      publisher: null,
      url: null,
      published: null,
      language: null,
    });
    expect(bare.paragraphs).toHaveLength(4);
    expect(bare.paragraphs.join('\n')).not.toContain('Noticeboard');
  });

  it('reads a page that omits the optional <html>, <head> and <body> tags', () => {
    const html = readFileSync(BARE_FILE, 'utf8').replace(/<\/?(html|head|body)>/g, '');
    expect(extractArticle(html, 'https://northvale.example/aid').paragraphs).toHaveLength(4);
  });

  it('keeps an article that an open consent dialog had hidden when the page was saved', () => {
    const html = readFileSync(BARE_FILE, 'utf8')
      .replace('<div id="page">', '<div role="dialog" class="consent">We value your privacy. Accept all cookies?</div><div id="page" aria-hidden="true">');
    const { paragraphs } = extractArticle(html, 'https://northvale.example/aid');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs.join('\n')).not.toContain('privacy');
  });

  it('refuses a page that holds no article', () => {
    const html = readFileSync(path.join(PAGES, 'not-an-article.html'), 'utf8');
    expect(() => extractArticle(html, 'https://gazette.example/sign-in')).toThrow(NotAnArticleError);
    expect(() => extractArticle(html, 'https://gazette.example/sign-in')).toThrow('readability found no article text');
  });
});

describe('writing a corpus file', () => {
  it.each([
    'Kyiv: "the city will hold," mayor says',
    "- it's a list? no: #hashtag & 'single' \\ backslash",
    'yes',
    '2024-10-23',
    'Тестова назва: «лапки»',
  ])('quotes front matter so that the title %j parses back unchanged', (title) => {
    const markdown = renderArticleMarkdown({ title, publisher: 'Pub: "Quoted" #1' }, ['One paragraph of article text with enough words.']);
    const parsed = parseArticleFile('a.md', Buffer.from(markdown));
    expect(parsed.ok && [parsed.article.title, parsed.article.publisher]).toEqual([title, 'Pub: "Quoted" #1']);
  });

  it('writes paragraphs as plain text separated by one blank line, each a content paragraph', () => {
    const paragraphs = ['First paragraph of the article, with a few words.', 'Second paragraph of the article, also with words.'];
    const parsed = parseArticleFile('a.md', Buffer.from(renderArticleMarkdown({ title: 'T' }, paragraphs)));
    if (!parsed.ok) throw new Error('must parse');
    expect(parsed.article.body).toBe(`\n${paragraphs.join('\n\n')}\n`);
    expect(contentParagraphs(parsed.article.body)).toHaveLength(2);
  });

  it('leaves out fields that are not known rather than writing empty ones', () => {
    const markdown = renderArticleMarkdown({ title: 'T', publisher: null, url: undefined, published: null }, ['Some text of five words.']);
    expect(markdown).toBe('---\ntitle: "T"\n---\n\nSome text of five words.\n');
  });
});

describe('naming the file', () => {
  it('makes an ASCII, lower-case, hyphenated slug from the title', () => {
    expect(slugFromTitle(NEWS_TITLE)).toBe(NEWS_SLUG);
    expect(slugFromTitle("Kyiv's Łódź-style café")).toBe('kyivs-lodz-style-cafe');
  });

  it('romanises Ukrainian and Russian titles', () => {
    expect(slugFromTitle('Київ і Харків: нова лінія')).toBe('kyiv-i-kharkiv-nova-liniia');
    expect(slugFromTitle('Тестовая статья о вымышленном городе')).toBe('testovaya-statya-o-vymyshlennom-gorode');
  });

  it('cuts a long title at a word boundary within 80 characters', () => {
    const slug = slugFromTitle('A very long headline about the bridge '.repeat(5));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toBe('a-very-long-headline-about-the-bridge-a-very-long-headline-about-the-bridge-a');
  });

  it('names a title without romanisable letters after its hash, never an empty name', () => {
    expect(slugFromTitle('北京')).toMatch(/^article-[0-9a-f]{8}$/);
  });
});

describe('fetching a page', () => {
  const failure = (address: string, options = {}) =>
    fetchPage(address, options).then(
      () => {
        throw new Error('the fetch should have failed');
      },
      (error: PageFetchError) => ({ reason: error.reason, message: error.message }),
    );

  it('sends a User-Agent that names the tool', async () => {
    await fetchPage(`${base}/bare`);
    expect(requestHeaders.get('/bare')?.['user-agent']).toMatch(/^conflict-desk\/\S+ \(\+corpus:add/);
  });

  it('accepts application/xhtml+xml as well as text/html', async () => {
    const page = await fetchPage(`${base}/xhtml`);
    expect(page.html).toContain('imaginary Northvale');
  });

  it('decodes a page in the charset its server declares', async () => {
    const page = await fetchPage(`${base}/cp1251`);
    expect(extractArticle(page.html, page.url).title).toBe('Тестовая статья о вымышленном городе');
  });

  it('says which HTTP status the server answered', async () => {
    expect(await failure(`${base}/gone`)).toEqual({
      reason: 'http-status',
      message: `Fetching ${base}/gone failed: HTTP 404 Not Found; check the address.`,
    });
  });

  it('refuses a response that is not HTML and names its type', async () => {
    const { reason, message } = await failure(`${base}/report.pdf`);
    expect(reason).toBe('content-type');
    expect(message).toContain(`${base}/report.pdf is application/pdf, not a web page (expected text/html or application/xhtml+xml)`);
  });

  it('stops reading a streamed page as soon as it passes the size limit', async () => {
    const { reason, message } = await failure(`${base}/endless`, { maxBytes: 256 * 1024 });
    expect(reason).toBe('too-large');
    expect(message).toContain(`${base}/endless sent more than 256 KB, the limit for one article page; stopped reading.`);
  });

  it('refuses a page whose declared length is over the limit without reading it', async () => {
    const { reason, message } = await failure(`${base}/declared-huge`);
    expect(reason).toBe('too-large');
    expect(message).toContain(`${base}/declared-huge is 50.0 MB (Content-Length), over the 5.0 MB limit for one article page; not downloaded.`);
  });

  it('gives up when the server does not answer in time', async () => {
    expect(await failure(`${base}/stall`, { timeoutMs: 300 })).toMatchObject({
      reason: 'timeout',
      message: expect.stringContaining(`Fetching ${base}/stall timed out after 0.3 s`),
    });
  });

  it('gives up when the body stops arriving in time', async () => {
    expect(await failure(`${base}/stall-body`, { timeoutMs: 300 })).toMatchObject({ reason: 'timeout' });
  });

  it('says the connection was refused when nothing listens', async () => {
    const closed = createServer().listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const { port } = closed.address() as AddressInfo;
    closed.close();
    expect(await failure(`http://127.0.0.1:${port}/x`)).toMatchObject({
      reason: 'network',
      message: expect.stringContaining(`Cannot fetch http://127.0.0.1:${port}/x: ECONNREFUSED`),
    });
  });

  it('fetches only http and https URLs', async () => {
    expect(await failure('ftp://127.0.0.1/article.html')).toMatchObject({
      reason: 'address',
      message: expect.stringContaining('only http and https URLs are supported'),
    });
  });
});

describe('adding an article to the corpus', () => {
  it('writes <slug>.md that the corpus parser accepts, with the extracted metadata and text', async () => {
    const corpus = await emptyCorpus();
    const outcome = await addArticle(`${base}/world/riverton-bridge`, { corpusDir: corpus });
    expect(outcome).toMatchObject({ status: 'written', file: `${NEWS_SLUG}.md`, replaced: false, paragraphs: 7 });
    const parsed = await parseWritten(corpus, `${NEWS_SLUG}.md`);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.article).toMatchObject({ id: NEWS_SLUG, ...NEWS_METADATA });
    expect(contentParagraphs(parsed.article.body)).toHaveLength(7);
  });

  it('writes no url for a saved page that names no canonical address', async () => {
    const corpus = await emptyCorpus();
    const outcome = await addArticle(BARE_FILE, { corpusDir: corpus });
    const parsed = await parseWritten(corpus, outcome.file);
    expect(parsed.ok && [parsed.article.url, parsed.article.publisher, parsed.article.published]).toEqual([null, null, null]);
  });

  it('keeps the address a fetched page was served from, after redirects and without tracking parameters', async () => {
    const corpus = await emptyCorpus();
    const outcome = await addArticle(`${base}/old-bare?utm_campaign=x`, { corpusDir: corpus });
    expect(outcome.fields.url).toBe(`${base}/bare`);
  });

  it('refuses an article whose URL the corpus already holds, and names that file', async () => {
    const corpus = await emptyCorpus();
    const existing = `---\ntitle: "Older copy"\nurl: "https://www.gazette.example/world/2024/10/riverton-bridge-repairs/"\n---\n\nAn older copy of the article, kept under another name.\n`;
    await writeFile(path.join(corpus, 'older-copy.md'), existing);
    const outcome = await addArticle(`${base}/world/riverton-bridge`, { corpusDir: corpus });
    expect(outcome).toMatchObject({ status: 'refused', reason: 'url', file: 'older-copy.md', clashTitle: 'Older copy' });
    expect(await readdir(corpus)).toEqual(['older-copy.md']);
    expect(await readFile(path.join(corpus, 'older-copy.md'), 'utf8')).toBe(existing);
  });

  it('refuses an article whose file name is taken by another article, and names that file', async () => {
    const corpus = await emptyCorpus();
    await writeFile(path.join(corpus, `${NEWS_SLUG}.md`), '---\ntitle: "Same slug, other article"\n---\n\nA different article that happens to share the file name.\n');
    const outcome = await addArticle(`${base}/world/riverton-bridge`, { corpusDir: corpus });
    expect(outcome).toMatchObject({ status: 'refused', reason: 'slug', file: `${NEWS_SLUG}.md`, clashTitle: 'Same slug, other article' });
  });

  it('with --force replaces the file that holds the same URL, keeping its name', async () => {
    const corpus = await emptyCorpus();
    await writeFile(path.join(corpus, 'older-copy.md'), `---\ntitle: "Older copy"\nurl: "${CANONICAL}"\n---\n\nAn older copy of the article.\n`);
    const outcome = await addArticle(`${base}/world/riverton-bridge`, { corpusDir: corpus, force: true });
    expect(outcome).toMatchObject({ status: 'written', file: 'older-copy.md', replaced: true });
    expect(await readdir(corpus)).toEqual(['older-copy.md']);
    const parsed = await parseWritten(corpus, 'older-copy.md');
    expect(parsed.ok && parsed.article.title).toBe(NEWS_TITLE);
  });

  it('with --force replaces the file with the same name', async () => {
    const corpus = await emptyCorpus();
    await writeFile(path.join(corpus, `${NEWS_SLUG}.md`), '---\ntitle: "Same slug, other article"\n---\n\nA different article.\n');
    const outcome = await addArticle(`${base}/world/riverton-bridge`, { corpusDir: corpus, force: true });
    expect(outcome).toMatchObject({ status: 'written', file: `${NEWS_SLUG}.md`, replaced: true });
    const parsed = await parseWritten(corpus, `${NEWS_SLUG}.md`);
    expect(parsed.ok && parsed.article.title).toBe(NEWS_TITLE);
  });

  it('names the page and the reason when it holds no article', async () => {
    await expect(addArticle(`${base}/sign-in`, { corpusDir: await emptyCorpus() })).rejects.toThrow(
      `${base}/sign-in is not an article: readability found no article text`,
    );
  });
});

describe('npm run corpus:add', () => {
  it('prints the path, title, publisher, date, url and the paragraph and word counts it wrote', async () => {
    const corpus = await emptyCorpus();
    const { stdout, code } = await corpusAdd([`${base}/world/riverton-bridge`, '--corpus', corpus]);
    expect(code).toBe(0);
    expect(stdout).toContain(`Wrote ${path.join(corpus, `${NEWS_SLUG}.md`)}\n`);
    expect(stdout).toContain(`  title      ${NEWS_TITLE}\n`);
    expect(stdout).toContain('  publisher  The Fictional Gazette (test fixture)\n');
    expect(stdout).toContain('  published  2024-10-23\n');
    expect(stdout).toContain(`  url        ${CANONICAL}\n`);
    expect(stdout).toMatch(/ {2}text {7}7 paragraphs, \d+ words\n/);
  });

  it('lets --publisher and --published override what the page states', async () => {
    const corpus = await emptyCorpus();
    const { code } = await corpusAdd([BARE_FILE, '--corpus', corpus, '--publisher', 'Northvale Noticeboard', '--published', '2024-12-01']);
    expect(code).toBe(0);
    const parsed = await parseWritten(corpus, 'volunteers-in-imaginary-northvale-sort-winter-aid.md');
    expect(parsed.ok && [parsed.article.publisher, parsed.article.published, parsed.article.url]).toEqual(['Northvale Noticeboard', '2024-12-01', null]);
  });

  it('refuses to overwrite, names the existing file and exits 1', async () => {
    const corpus = await emptyCorpus();
    await corpusAdd([`${base}/world/riverton-bridge`, '--corpus', corpus]);
    const { stderr, code } = await corpusAdd([`${base}/world/riverton-bridge`, '--corpus', corpus]);
    expect(code).toBe(1);
    expect(stderr).toContain(`Not written: ${path.join(corpus, `${NEWS_SLUG}.md`)} (“${NEWS_TITLE}”) already holds ${CANONICAL}. Pass --force`);
  });

  it('rejects a --published that is not a date with the usage line and exit code 2', async () => {
    const { stderr, code } = await corpusAdd([BARE_FILE, '--published', 'last Tuesday', '--corpus', await emptyCorpus()]);
    expect(code).toBe(2);
    expect(stderr).toContain('--published must be a date such as 2024-10-23');
    expect(stderr).toContain('Usage: npm run corpus:add --');
  });

  it('exits 1 with the reason when the URL is not a web page', async () => {
    const { stderr, code } = await corpusAdd([`${base}/report.pdf`, '--corpus', await emptyCorpus()]);
    expect(code).toBe(1);
    expect(stderr).toContain('is application/pdf, not a web page');
  });

  it('stops a never-ending page at the default 5 MB limit and exits 1', async () => {
    const { stderr, code } = await corpusAdd([`${base}/endless`, '--corpus', await emptyCorpus()]);
    expect(code).toBe(1);
    expect(stderr).toContain('/endless sent more than 5.0 MB, the limit for one article page; stopped reading.');
  });

  it('says so when a local file does not exist', async () => {
    const { stderr, code } = await corpusAdd(['no/such/page.html', '--corpus', await emptyCorpus()]);
    expect(code).toBe(1);
    expect(stderr).toContain('Cannot read no/such/page.html (no such file)');
  });
});
