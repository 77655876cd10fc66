// A small hand-written SVG: the bootstrap (or posterior) distribution of N as a histogram, the
// interval as a shaded band, the estimate as a line, and the top models' estimates as ticks.
// Pure string building, so the web app can use it as well as the CLI.
import type { EstimateReport } from './estimate.js';

const WIDTH = 640;
const HEIGHT = 320;
const MARGIN = { left: 50, right: 20, top: 30, bottom: 60 };

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function niceTicks(low: number, high: number, count: number): number[] {
  const span = high - low || 1;
  const step0 = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(step0));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= step0) ?? step0;
  const ticks: number[] = [];
  for (let x = Math.ceil(low / step) * step; x <= high; x += step) ticks.push(x);
  return ticks;
}

export function distributionSvg(report: EstimateReport, draws: readonly number[]): string {
  const finite = draws.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const marks = [report.estimate, ...report.topModels.map((m) => m.estimate)];
  if (report.interval)
    marks.push(
      report.interval.lower,
      ...(Number.isFinite(report.interval.upper) ? [report.interval.upper] : []),
    );
  // Clip the long right tail of bootstrap distributions at their 99th percentile.
  const tailCut = finite.length > 0 ? finite[Math.floor(0.99 * (finite.length - 1))] : report.estimate;
  const low = Math.min(report.observed, ...marks, ...(finite.length ? [finite[0]] : []));
  const high = Math.max(...marks.filter((x) => Number.isFinite(x)), tailCut) * 1.05;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (value: number) => MARGIN.left + ((value - low) / (high - low || 1)) * plotWidth;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="11">`,
  );
  parts.push(
    `<text x="${MARGIN.left}" y="18" font-size="13">${escapeXml(`Estimated population: ${Math.round(report.estimate)} (${report.observed} identified, method ${report.method})`)}</text>`,
  );
  if (report.interval) {
    const upper = Number.isFinite(report.interval.upper) ? report.interval.upper : high;
    parts.push(
      `<rect x="${x(report.interval.lower).toFixed(1)}" y="${MARGIN.top}" width="${(x(upper) - x(report.interval.lower)).toFixed(1)}" height="${plotHeight}" fill="#dbe9f6"><title>${Math.round(report.interval.level * 100)}% interval (${report.interval.method})</title></rect>`,
    );
  }
  if (finite.length > 0) {
    const bins = 40;
    const counts = new Array<number>(bins).fill(0);
    for (const value of finite) {
      if (value > high) continue;
      counts[Math.min(bins - 1, Math.floor(((value - low) / (high - low)) * bins))]++;
    }
    const tallest = Math.max(...counts, 1);
    const binWidth = plotWidth / bins;
    counts.forEach((count, i) => {
      if (count === 0) return;
      const h = (count / tallest) * plotHeight;
      parts.push(
        `<rect x="${(MARGIN.left + i * binWidth).toFixed(1)}" y="${(MARGIN.top + plotHeight - h).toFixed(1)}" width="${(binWidth - 1).toFixed(1)}" height="${h.toFixed(1)}" fill="#4a7fb5"/>`,
      );
    });
  }
  const axisY = MARGIN.top + plotHeight;
  parts.push(
    `<line x1="${MARGIN.left}" y1="${axisY}" x2="${WIDTH - MARGIN.right}" y2="${axisY}" stroke="#333"/>`,
  );
  for (const tick of niceTicks(low, high, 6)) {
    parts.push(
      `<line x1="${x(tick).toFixed(1)}" y1="${axisY}" x2="${x(tick).toFixed(1)}" y2="${axisY + 4}" stroke="#333"/><text x="${x(tick).toFixed(1)}" y="${axisY + 16}" text-anchor="middle">${Math.round(tick)}</text>`,
    );
  }
  parts.push(
    `<line x1="${x(report.observed).toFixed(1)}" y1="${MARGIN.top}" x2="${x(report.observed).toFixed(1)}" y2="${axisY}" stroke="#888" stroke-dasharray="3,3"><title>identified: ${report.observed}</title></line>`,
  );
  parts.push(
    `<line x1="${x(report.estimate).toFixed(1)}" y1="${MARGIN.top}" x2="${x(report.estimate).toFixed(1)}" y2="${axisY}" stroke="#c0392b" stroke-width="2"><title>estimate: ${Math.round(report.estimate)}</title></line>`,
  );
  report.topModels.forEach((model) => {
    if (model.estimate > high) return;
    parts.push(
      `<path d="M${x(model.estimate).toFixed(1)},${axisY + 22} l-4,8 h8 z" fill="#e67e22"><title>${escapeXml(`${model.model}: ${Math.round(model.estimate)} (BIC ${model.bic.toFixed(2)})`)}</title></path>`,
    );
  });
  parts.push(
    `<text x="${MARGIN.left}" y="${HEIGHT - 8}">${escapeXml('bars: bootstrap/posterior distribution · band: interval · red: estimate · grey: identified · ▲ top models')}</text>`,
  );
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
