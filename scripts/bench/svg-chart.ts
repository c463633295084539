/** One line of a chart: a name and a y value for each x. */
export interface Series {
  name: string;
  values: number[];
  colour: string;
}

const WIDTH = 640;
const HEIGHT = 360;
const MARGIN = { left: 70, right: 160, top: 40, bottom: 50 };

/**
 * A small line chart as SVG text, with a logarithmic x axis (corpus sizes grow tenfold) and a linear y axis:
 * enough to see how latency and memory grow with the corpus, with no plotting library.
 */
export function lineChart(title: string, xLabel: string, yLabel: string, xs: number[], series: Series[]): string {
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const logMin = Math.log10(Math.min(...xs));
  const logSpan = Math.max(Math.log10(Math.max(...xs)) - logMin, 1);
  const yMax = Math.max(...series.flatMap((s) => s.values)) * 1.1 || 1;
  const x = (value: number) => MARGIN.left + ((Math.log10(value) - logMin) / logSpan) * plotWidth;
  const y = (value: number) => MARGIN.top + plotHeight - (value / yMax) * plotHeight;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => share * yMax);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${WIDTH / 2}" y="20" text-anchor="middle" font-size="14">${title}</text>`,
    `<line x1="${MARGIN.left}" y1="${MARGIN.top + plotHeight}" x2="${MARGIN.left + plotWidth}" y2="${MARGIN.top + plotHeight}" stroke="black"/>`,
    `<line x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${MARGIN.top + plotHeight}" stroke="black"/>`,
    ...xs.map((value) => `<text x="${x(value)}" y="${MARGIN.top + plotHeight + 18}" text-anchor="middle">${value.toLocaleString('en')}</text>`),
    ...ticks.map(
      (value) =>
        `<text x="${MARGIN.left - 8}" y="${y(value) + 4}" text-anchor="end">${Math.round(value)}</text>` +
        `<line x1="${MARGIN.left}" y1="${y(value)}" x2="${MARGIN.left + plotWidth}" y2="${y(value)}" stroke="#ddd"/>`,
    ),
    `<text x="${MARGIN.left + plotWidth / 2}" y="${HEIGHT - 10}" text-anchor="middle">${xLabel}</text>`,
    `<text transform="translate(18 ${MARGIN.top + plotHeight / 2}) rotate(-90)" text-anchor="middle">${yLabel}</text>`,
    ...series.flatMap((s, i) => [
      `<polyline fill="none" stroke="${s.colour}" stroke-width="2" points="${s.values.map((v, j) => `${x(xs[j]!)},${y(v)}`).join(' ')}"/>`,
      ...s.values.map((v, j) => `<circle cx="${x(xs[j]!)}" cy="${y(v)}" r="3" fill="${s.colour}"/>`),
      `<text x="${MARGIN.left + plotWidth + 12}" y="${MARGIN.top + 14 + i * 18}" fill="${s.colour}">${s.name}</text>`,
    ]),
    '</svg>',
  ];
  return `${parts.join('\n')}\n`;
}
