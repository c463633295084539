import type { CheckRow } from './check-corpus.js';

const HEADER: CheckRow = { file: 'FILE', field: 'FIELD', problem: 'PROBLEM', fix: 'FIX' };
// One long YAML error must not push the FIX column of every row off the screen; a longer cell just overflows.
const MAX_COLUMN_WIDTH = 60;

/** The corpus:check rows as a plain-text table with aligned columns; the last column is never padded. */
export function formatProblemTable(rows: readonly CheckRow[]): string {
  const cells = [HEADER, ...rows].map((row) => [row.file, row.field ?? '-', row.problem, row.fix]);
  const widths = [0, 1, 2].map((column) => Math.min(MAX_COLUMN_WIDTH, Math.max(...cells.map((cell) => cell[column]!.length))));
  const line = (cell: string[]) =>
    cell.map((value, column) => (column < widths.length ? value.padEnd(widths[column]!) : value)).join('  ');
  const [header, ...body] = cells;
  return [line(header!), widths.map((width) => '-'.repeat(width)).join('  ') + '  ---', ...body.map(line)].join('\n');
}
