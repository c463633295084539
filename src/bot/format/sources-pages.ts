import type { APIEmbed } from 'discord.js';
import type { Inventory } from '../../index/inventory.js';
import { escapeForDiscord, escapeShortened, maskedLink, shortenAtWord } from './discord-text.js';
import { DISCORD_LIMITS } from './limits.js';

// Ten articles a page reads comfortably on a phone; the character budget leaves room for the index field.
const ARTICLES_PER_PAGE = 10;
const DESCRIPTION_BUDGET = DISCORD_LIMITS.embedDescription - 500;

/** The /sources view, split into pages that each fit one embed. Always at least one page. */
export function sourcesPages(inventory: Inventory): APIEmbed[] {
  const lines = inventory.articles.map((article) => {
    const title = escapeShortened(article.title, 200);
    const link = article.url ? ` · ${maskedLink('link', article.url) ?? 'link too long to show'}` : ' · no link recorded';
    const publisher = escapeShortened(article.publisher ?? 'publisher not recorded', 100);
    return `**${title}**\n${publisher} · ${article.published ?? 'date not recorded'}${link} · ${article.passages} passages`;
  });
  const pages: string[][] = [[]];
  let size = 0;
  for (const line of lines) {
    const current = pages[pages.length - 1]!;
    if (current.length >= ARTICLES_PER_PAGE || size + line.length + 2 > DESCRIPTION_BUDGET) {
      pages.push([line]);
      size = line.length;
    } else {
      current.push(line);
      size += line.length + 2;
    }
  }
  const { index } = inventory;
  const state = index.stale
    ? `⚠️ Stale: ${escapeForDiscord(index.staleReasons.join('; '))}. A maintainer can run \`/reindex\`.`
    : 'Up to date with the corpus.';
  const indexField = {
    name: 'Index',
    value: shortenAtWord(`Model ${escapeForDiscord(index.model)} · built ${index.builtAt.slice(0, 16).replace('T', ' ')} UTC\n${state}`, 1024),
  };
  return pages.map((page, i) => ({
    title: `Corpus: ${inventory.articles.length} article(s), ${index.passages} passages`,
    description: page.length > 0 ? page.join('\n\n') : 'The index holds no articles.',
    fields: [indexField],
    footer: { text: `Page ${i + 1} of ${pages.length}` },
  }));
}
