import type { APIEmbed } from 'discord.js';
import { describeProblem } from '../../corpus/problem.js';
import type { BuildSummary } from '../../index/build.js';
import { escapeForDiscord, shortenAtWord } from './discord-text.js';

const SKIPPED_BUDGET = 3000;

/** The final /reindex reply: what was indexed, with which model, and every skipped file with its reason. */
export function reindexSummaryEmbed(summary: BuildSummary): APIEmbed {
  const skipped = summary.skipped.map((problem) => `• ${escapeForDiscord(describeProblem(problem))}`).join('\n');
  const lines = [
    `**${summary.articles}** article(s), **${summary.passages}** passages, model ${escapeForDiscord(summary.model)}, ${summary.seconds.toFixed(1)} s.`,
    `Embedded ${summary.embeddedArticles} new or changed article(s), reused ${summary.reusedArticles} unchanged, removed ${summary.removedArticles}.`,
    summary.skipped.length === 0 ? 'Skipped files: none.' : `Skipped ${summary.skipped.length} file(s):\n${shortenAtWord(skipped, SKIPPED_BUDGET)}`,
  ];
  return { title: 'Reindex finished', description: lines.join('\n\n'), color: 0x22c55e };
}
