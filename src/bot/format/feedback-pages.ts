import type { APIEmbed } from 'discord.js';
import { REPORT_REASON_TEXT } from '../../feedback/report-reason.js';
import type { Gap, QuoteReport } from '../../feedback/store.js';
import { escapeShortened } from './discord-text.js';
import { DISCORD_LIMITS } from './limits.js';

// Ten entries a page read comfortably on a phone; the budget keeps a page inside one embed whatever the wording.
const ENTRIES_PER_PAGE = 10;
const DESCRIPTION_BUDGET = DISCORD_LIMITS.embedDescription - 200;
const GAP_COLOUR = 0xf59e0b;
const REPORT_COLOUR = 0xef4444;

/** `/sources view:gaps`: the questions the corpus refused or only met with related quotes, most asked first. */
export function gapsPages(gaps: Gap[], since: Date): APIEmbed[] {
  const lines = gaps.map((gap) => {
    const verdict = gap.verdict === 'refused' ? 'nothing in the corpus' : 'only related quotes';
    const others = gap.examples.filter((example) => example !== gap.question);
    const wordings = others.length > 0 ? `\nAlso asked as: ${others.map((example) => `“${escapeShortened(example, 150)}”`).join(' · ')}` : '';
    return `**${escapeShortened(gap.question, 300)}**\nAsked ${gap.asked}× · ${verdict} · last ${day(gap.lastAsked)}${wordings}`;
  });
  return paged(lines, {
    title: `Coverage gaps since ${day(since.toISOString())}: ${gaps.length} question(s)`,
    empty: 'No question was refused or met with only related quotes in this period.',
    color: GAP_COLOUR,
  });
}

/**
 * `/sources view:reports`: the quotes members reported as wrong, by reason, most reported first. `titleOf` names
 * the article of a quote (its id when the article has left the index).
 */
export function reportsPages(reports: QuoteReport[], since: Date, titleOf: (articleId: string) => string): APIEmbed[] {
  const lines = reports.map(
    (report) =>
      `> ${escapeShortened(report.quote.replace(/\s+/g, ' '), 300)}\n${escapeShortened(titleOf(report.articleId), 200)} · ${REPORT_REASON_TEXT[report.reason]} · reported ${report.count}×`,
  );
  return paged(lines, {
    title: `Reported quotes since ${day(since.toISOString())}: ${reports.length}`,
    empty: 'No quote was reported in this period.',
    color: REPORT_COLOUR,
  });
}

function paged(lines: string[], look: { title: string; empty: string; color: number }): APIEmbed[] {
  const pages: string[][] = [[]];
  let size = 0;
  for (const line of lines) {
    const current = pages[pages.length - 1]!;
    if (current.length > 0 && (current.length >= ENTRIES_PER_PAGE || size + line.length + 2 > DESCRIPTION_BUDGET)) {
      pages.push([line]);
      size = line.length;
    } else {
      current.push(line);
      size += line.length + 2;
    }
  }
  return pages.map((page, i) => ({
    title: look.title,
    color: look.color,
    description: page.length > 0 ? page.join('\n\n') : look.empty,
    footer: { text: `Page ${i + 1} of ${pages.length} · the same lists as npm run gaps` },
  }));
}

function day(iso: string): string {
  return iso.slice(0, 10);
}
