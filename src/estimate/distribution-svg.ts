// A small hand-written SVG: the bootstrap (or posterior) distribution of N as a histogram, the
// interval as a shaded band, the estimate as a line, and the top models' estimates as ticks; for
// the BIC bootstrap, R's intervals by number of top models as bars on the same axis below it.
// Pure string building, so the web app can use it as well as the CLI.
import { type Lang, translator } from '../i18n/index.js';
import type { EstimateReport, TopInterval } from './estimate.js';

const WIDTH = 640;
const HEIGHT = 320;
const MARGIN = { left: 72, right: 20, top: 30, bottom: 60 };
/** Height of one row of the intervals by number of top models. */
const ROW = 16;
/** Rows drawn at most; past that the first ones and the last (every row is in the JSON). */
const MAX_ROWS = 12;

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

/** The rows drawn: all of them, or the first MAX_ROWS − 1 and the last (the selection among all). */
function shownRows(rows: readonly TopInterval[]): TopInterval[] {
  return rows.length <= MAX_ROWS ? [...rows] : [...rows.slice(0, MAX_ROWS - 1), rows[rows.length - 1]];
}

export function distributionSvg(report: EstimateReport, draws: readonly number[], lang?: Lang): string {
  const tr = translator(lang);
  const { t } = tr;
  const whole = (value: number) => tr.number(Math.round(value), { maximumFractionDigits: 0 });
  const finite = draws.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const marks = [report.estimate, ...report.topModels.map((m) => m.estimate)];
  const rows = report.interval && report.topIntervals ? shownRows(report.topIntervals) : [];
  for (const row of rows) marks.push(row.lower, row.upper);
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
  // The rows of intervals by number of top models, under the chart and its legend.
  const rowsTop = HEIGHT + 8;
  const height = rows.length > 0 ? rowsTop + 20 + rows.length * ROW + 8 : HEIGHT;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif" font-size="11">`,
  );
  parts.push(
    `<text x="${MARGIN.left}" y="18" font-size="13">${escapeXml(t('estimate.svg.title', { estimate: whole(report.estimate), observed: whole(report.observed), method: report.method }))}</text>`,
  );
  if (report.interval) {
    const upper = Number.isFinite(report.interval.upper) ? report.interval.upper : high;
    parts.push(
      `<rect x="${x(report.interval.lower).toFixed(1)}" y="${MARGIN.top}" width="${(x(upper) - x(report.interval.lower)).toFixed(1)}" height="${plotHeight}" fill="#dbe9f6"><title>${escapeXml(t('estimate.svg.interval', { level: Math.round(report.interval.level * 100), how: tr.dynamic(`estimate.report.how.${report.interval.method}`, undefined, report.interval.method) }))}</title></rect>`,
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
      `<line x1="${x(tick).toFixed(1)}" y1="${axisY}" x2="${x(tick).toFixed(1)}" y2="${axisY + 4}" stroke="#333"/><text x="${x(tick).toFixed(1)}" y="${axisY + 16}" text-anchor="middle">${whole(tick)}</text>`,
    );
  }
  parts.push(
    `<line x1="${x(report.observed).toFixed(1)}" y1="${MARGIN.top}" x2="${x(report.observed).toFixed(1)}" y2="${axisY}" stroke="#888" stroke-dasharray="3,3"><title>${escapeXml(t('estimate.svg.identified', { observed: whole(report.observed) }))}</title></line>`,
  );
  parts.push(
    `<line x1="${x(report.estimate).toFixed(1)}" y1="${MARGIN.top}" x2="${x(report.estimate).toFixed(1)}" y2="${axisY}" stroke="#c0392b" stroke-width="2"><title>${escapeXml(t('estimate.svg.estimate', { estimate: whole(report.estimate) }))}</title></line>`,
  );
  report.topModels.forEach((model) => {
    if (model.estimate > high) return;
    parts.push(
      `<path d="M${x(model.estimate).toFixed(1)},${axisY + 22} l-4,8 h8 z" fill="#e67e22"><title>${escapeXml(t('estimate.svg.model', { model: model.model, estimate: whole(model.estimate), bic: Number.isFinite(model.bic) ? tr.number(model.bic, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }) : '–' }))}</title></path>`,
    );
  });
  parts.push(`<text x="${MARGIN.left}" y="${HEIGHT - 8}">${escapeXml(t('estimate.svg.legend'))}</text>`);
  if (rows.length > 0 && report.interval) {
    parts.push(
      `<text x="${MARGIN.left}" y="${rowsTop + 12}" font-size="12">${escapeXml(t('estimate.svg.topIntervals', { level: Math.round(report.interval.level * 100) }))}</text>`,
    );
    rows.forEach((row, i) => {
      const y = rowsTop + 20 + i * ROW + ROW / 2;
      const k = row.from === row.to ? `${row.from}` : `${row.from}–${row.to}`;
      parts.push(
        `<text x="${MARGIN.left - 4}" y="${y + 4}" text-anchor="end">${escapeXml(`k = ${k}`)}</text>`,
      );
      if (!Number.isFinite(row.lower)) return;
      const upper = Number.isFinite(row.upper) ? Math.min(row.upper, high) : high;
      const range = `${whole(row.lower)}–${Number.isFinite(row.upper) ? whole(row.upper) : '∞'}`;
      const models =
        row.models.length <= 3 ? row.models.join(', ') : `${row.models.slice(0, 3).join(', ')} …`;
      parts.push(
        `<line x1="${x(row.lower).toFixed(1)}" y1="${y}" x2="${x(upper).toFixed(1)}" y2="${y}" stroke="#4a7fb5" stroke-width="6"><title>${escapeXml(`k = ${k}: ${range} (${models})`)}</title></line>`,
      );
      // The limits in figures beside the bar, on whichever side has room for them.
      const room = 7 * range.length;
      if (x(upper) + 4 + room <= WIDTH)
        parts.push(`<text x="${(x(upper) + 4).toFixed(1)}" y="${y + 4}">${range}</text>`);
      else if (x(row.lower) - 4 - room >= MARGIN.left + 4)
        parts.push(
          `<text x="${(x(row.lower) - 4).toFixed(1)}" y="${y + 4}" text-anchor="end">${range}</text>`,
        );
    });
  }
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
