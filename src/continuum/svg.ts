// Hand-made SVG for the continuum: the six-dimension indicator profile and the band scale with the
// case marked. Pure functions returning strings, so the CLI writes them to files and the web app
// inlines them. No fonts or scripts are loaded; colours carry no meaning that text does not repeat.
import type { Truth } from '../law/logic/truth.js';
import { type BandRange, bandIds, bandRank, bands } from './bands.js';
import type { Grade } from './indicators/types.js';
import type { DimensionProfile, Profile } from './profile.js';

const gradeColour: Record<Grade, string> = { strong: '#7f1d1d', medium: '#c2410c', weak: '#ca8a04' };
const bandColour = ['#15803d', '#65a30d', '#ca8a04', '#ea580c', '#b91c1c', '#450a0a'];
const font = 'font-family="system-ui, sans-serif"';

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const verdictMark: Record<Truth, { text: string; colour: string; words: string }> = {
  met: { text: '✔ positive', colour: '#b91c1c', words: 'positive' },
  not_met: { text: '✘ negative', colour: '#15803d', words: 'negative' },
  undetermined: { text: '? open', colour: '#6b7280', words: 'undetermined' },
};

const gradeOrder: Grade[] = ['strong', 'medium', 'weak'];
const valueOrder: Truth[] = ['met', 'undetermined', 'not_met'];

function cells(dimension: DimensionProfile, x0: number, y: number, size: number): string {
  const sorted = [...dimension.indicators].sort(
    (a, b) =>
      gradeOrder.indexOf(a.grade) - gradeOrder.indexOf(b.grade) ||
      valueOrder.indexOf(a.value) - valueOrder.indexOf(b.value),
  );
  return sorted
    .map((indicator, i) => {
      const x = x0 + i * (size + 3);
      const colour = gradeColour[indicator.grade];
      const title = `<title>${escapeXml(`${indicator.name} — ${indicator.grade}, ${indicator.value === 'met' ? 'observed' : indicator.value === 'not_met' ? 'not observed' : 'unknown'}`)}</title>`;
      if (indicator.value === 'met')
        return `<rect x="${x}" y="${y}" width="${size}" height="${size}" rx="2" fill="${colour}">${title}</rect>`;
      if (indicator.value === 'undetermined')
        return `<rect x="${x + 0.75}" y="${y + 0.75}" width="${size - 1.5}" height="${size - 1.5}" rx="2" fill="#fff" stroke="${colour}" stroke-width="1.5" stroke-dasharray="3 2">${title}</rect>`;
      return `<rect x="${x}" y="${y}" width="${size}" height="${size}" rx="2" fill="#e5e7eb">${title}</rect>`;
    })
    .join('');
}

/** The six dimensions as rows of indicator cells (filled = observed, dashed = unknown, grey = absent). */
export function profileSvg(profile: Profile, options: { width?: number } = {}): string {
  const width = options.width ?? 680;
  const rowHeight = 30;
  const top = 34;
  const labelWidth = 300;
  const size = 14;
  const height = top + rowHeight * profile.dimensions.length + 56;
  const rows = profile.dimensions
    .map((d, i) => {
      const y = top + i * rowHeight;
      const mark = verdictMark[d.positive];
      return [
        `<text x="8" y="${y + 11}" font-size="12" font-weight="600" ${font}>${d.id}</text>`,
        `<text x="34" y="${y + 11}" font-size="12" ${font}>${escapeXml(d.name)}</text>`,
        `<text x="34" y="${y + 24}" font-size="10" fill="#4b5563" ${font}>S ${d.strong} · M ${d.medium} · W ${d.weak} (could be S ${d.possible.strong} · M ${d.possible.medium} · W ${d.possible.weak})</text>`,
        cells(d, labelWidth, y, size),
        `<text x="${width - 8}" y="${y + 12}" font-size="12" text-anchor="end" fill="${mark.colour}" ${font}>${mark.text}</text>`,
      ].join('');
    })
    .join('');
  const verdict = verdictMark[profile.delphiTrafficking];
  const footY = top + rowHeight * profile.dimensions.length + 14;
  const legend = gradeOrder
    .map(
      (grade, i) =>
        `<rect x="${8 + i * 90}" y="${footY + 18}" width="10" height="10" rx="2" fill="${gradeColour[grade]}"/><text x="${22 + i * 90}" y="${footY + 27}" font-size="10" ${font}>${grade}</text>`,
    )
    .join('');
  const title = `Delphi indicator profile (${profile.list}${profile.approximated ? ', approximated' : ''})`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(`${title}: trafficking by the indicators ${verdict.words}`)}">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="8" y="20" font-size="14" font-weight="600" ${font}>${escapeXml(title)}</text>`,
    rows,
    `<text x="8" y="${footY}" font-size="12" ${font}>(D1 or D2 or D3) and D4 and (D5 or D6): <tspan fill="${verdict.colour}" font-weight="600">${verdict.words}</tspan></text>`,
    legend,
    `<rect x="290" y="${footY + 18}" width="10" height="10" rx="2" fill="#fff" stroke="#6b7280" stroke-dasharray="3 2"/><text x="304" y="${footY + 27}" font-size="10" ${font}>unknown</text>`,
    `<rect x="370" y="${footY + 18}" width="10" height="10" rx="2" fill="#e5e7eb"/><text x="384" y="${footY + 27}" font-size="10" ${font}>not observed</text>`,
    '</svg>',
  ].join('\n');
}

/** A label on one line, or two when it is long (split at the middle space). */
function twoLines(label: string, x: number, y: number): string {
  const words = label.split(' ');
  const lines =
    label.length <= 14 || words.length < 2
      ? [label]
      : [
          words.slice(0, Math.ceil(words.length / 2)).join(' '),
          words.slice(Math.ceil(words.length / 2)).join(' '),
        ];
  const spans = lines
    .map((line, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : 12}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<text x="${x}" y="${y}" font-size="10" text-anchor="middle" ${font}>${spans}</text>`;
}

/** The band scale, least to most severe, with the case's range marked (▲ certain, △ possible). */
export function bandScaleSvg(range: BandRange, options: { width?: number } = {}): string {
  const width = options.width ?? 680;
  const margin = 8;
  const segment = (width - 2 * margin) / bandIds.length;
  const barY = 30;
  const barHeight = 26;
  const height = 100;
  const lo = bandRank(range.lowest);
  const hi = bandRank(range.highest);
  const segments = bands
    .map((band, i) => {
      const x = margin + i * segment;
      const inRange = i >= lo && i <= hi;
      return [
        `<rect x="${x}" y="${barY}" width="${segment - 2}" height="${barHeight}" fill="${bandColour[i]}" opacity="${inRange ? 1 : 0.25}"><title>${escapeXml(`${band.label}: ${band.definition}`)}</title></rect>`,
        twoLines(band.label, x + segment / 2 - 1, barY + barHeight + 14),
      ].join('');
    })
    .join('');
  const markX = (i: number) => margin + i * segment + segment / 2 - 1;
  const bracket = `<rect x="${margin + lo * segment - 1}" y="${barY - 3}" width="${(hi - lo + 1) * segment}" height="${barHeight + 6}" fill="none" stroke="#111827" stroke-width="2" rx="3"/>`;
  const lowMark = `<path d="M ${markX(lo) - 7} ${barY - 6} L ${markX(lo) + 7} ${barY - 6} L ${markX(lo)} ${barY + 4} Z" fill="#111827"><title>certain: ${escapeXml(range.lowest)}</title></path>`;
  const highMark =
    hi === lo
      ? ''
      : `<path d="M ${markX(hi) - 7} ${barY - 6} L ${markX(hi) + 7} ${barY - 6} L ${markX(hi)} ${barY + 4} Z" fill="#fff" stroke="#111827" stroke-width="1.5"><title>possible: ${escapeXml(range.highest)}</title></path>`;
  const label =
    lo === hi ? `Band: ${bands[lo].label}` : `Band: at least ${bands[lo].label}, at most ${bands[hi].label}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(label)}">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${margin}" y="16" font-size="13" font-weight="600" ${font}>${escapeXml(label)}</text>`,
    segments,
    bracket,
    lowMark,
    highMark,
    '</svg>',
  ].join('\n');
}

/** Both pictures in one document: the profile above the band scale. */
export function continuumSvg(profile: Profile, range: BandRange, options: { width?: number } = {}): string {
  const width = options.width ?? 680;
  const top = profileSvg(profile, { width });
  const bottom = bandScaleSvg(range, { width });
  const heightOf = (svg: string) => Number(/height="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 0);
  const h1 = heightOf(top);
  const h2 = heightOf(bottom);
  const nest = (svg: string, y: number) => svg.replace('<svg ', `<svg y="${y}" `);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${h1 + h2}" viewBox="0 0 ${width} ${h1 + h2}">`,
    nest(top, 0),
    nest(bottom, h1),
    '</svg>',
  ].join('\n');
}
