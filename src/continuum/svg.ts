// Hand-made SVG for the continuum: the six-dimension indicator profile and the band scale with the
// case marked. Pure functions returning strings, so the CLI writes them to files and the web app
// inlines them. No fonts or scripts are loaded; colours carry no meaning that text does not repeat.
import { type Lang, type Translator, translator } from '../i18n/index.js';
import type { Truth } from '../law/logic/truth.js';
import { type BandRange, bandDefinition, bandIds, bandLabel, bandRank } from './bands.js';
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

const verdictColour: Record<Truth, string> = { met: '#b91c1c', not_met: '#15803d', undetermined: '#6b7280' };

/** A verdict's mark (✔ positive) and its words (positive), in the reader's language. */
function verdictMark(tr: Translator, value: Truth): { text: string; colour: string; words: string } {
  return {
    text: tr.dynamic(`continuum.svg.mark.${value}`),
    colour: verdictColour[value],
    words: tr.dynamic(`continuum.svg.verdict.${value}`),
  };
}

const gradeOrder: Grade[] = ['strong', 'medium', 'weak'];
const valueOrder: Truth[] = ['met', 'undetermined', 'not_met'];

function cells(tr: Translator, dimension: DimensionProfile, x0: number, y: number, size: number): string {
  const sorted = [...dimension.indicators].sort(
    (a, b) =>
      gradeOrder.indexOf(a.grade) - gradeOrder.indexOf(b.grade) ||
      valueOrder.indexOf(a.value) - valueOrder.indexOf(b.value),
  );
  return sorted
    .map((indicator, i) => {
      const x = x0 + i * (size + 3);
      const colour = gradeColour[indicator.grade];
      const words = tr.t('continuum.svg.cell', {
        indicator: indicator.name,
        grade: tr.dynamic(`continuum.grade.${indicator.grade}`),
        value: tr.dynamic(`continuum.svg.observed.${indicator.value}`),
      });
      const title = `<title>${escapeXml(words)}</title>`;
      if (indicator.value === 'met')
        return `<rect x="${x}" y="${y}" width="${size}" height="${size}" rx="2" fill="${colour}">${title}</rect>`;
      if (indicator.value === 'undetermined')
        return `<rect x="${x + 0.75}" y="${y + 0.75}" width="${size - 1.5}" height="${size - 1.5}" rx="2" fill="#fff" stroke="${colour}" stroke-width="1.5" stroke-dasharray="3 2">${title}</rect>`;
      return `<rect x="${x}" y="${y}" width="${size}" height="${size}" rx="2" fill="#e5e7eb">${title}</rect>`;
    })
    .join('');
}

/** The six dimensions as rows of indicator cells (filled = observed, dashed = unknown, grey = absent). */
export function profileSvg(profile: Profile, options: { width?: number; lang?: Lang } = {}): string {
  const width = options.width ?? 680;
  const tr = translator(options.lang);
  const rowHeight = 30;
  const top = 34;
  const labelWidth = 300;
  const size = 14;
  const height = top + rowHeight * profile.dimensions.length + 56;
  const rows = profile.dimensions
    .map((d, i) => {
      const y = top + i * rowHeight;
      const mark = verdictMark(tr, d.positive);
      const counts = tr.t('continuum.svg.counts', {
        strong: d.strong,
        medium: d.medium,
        weak: d.weak,
        possibleStrong: d.possible.strong,
        possibleMedium: d.possible.medium,
        possibleWeak: d.possible.weak,
      });
      return [
        `<text x="8" y="${y + 11}" font-size="12" font-weight="600" ${font}>${d.id}</text>`,
        `<text x="34" y="${y + 11}" font-size="12" ${font}>${escapeXml(d.name)}</text>`,
        `<text x="34" y="${y + 24}" font-size="10" fill="#4b5563" ${font}>${escapeXml(counts)}</text>`,
        cells(tr, d, labelWidth, y, size),
        `<text x="${width - 8}" y="${y + 12}" font-size="12" text-anchor="end" fill="${mark.colour}" ${font}>${mark.text}</text>`,
      ].join('');
    })
    .join('');
  const verdict = verdictMark(tr, profile.delphiTrafficking);
  const footY = top + rowHeight * profile.dimensions.length + 14;
  const legend = gradeOrder
    .map(
      (grade, i) =>
        `<rect x="${8 + i * 90}" y="${footY + 18}" width="10" height="10" rx="2" fill="${gradeColour[grade]}"/><text x="${22 + i * 90}" y="${footY + 27}" font-size="10" ${font}>${escapeXml(tr.dynamic(`continuum.grade.${grade}`))}</text>`,
    )
    .join('');
  const list = tr.dynamic(`continuum.list.${profile.list}`);
  const title = tr.t(profile.approximated ? 'continuum.svg.titleApproximated' : 'continuum.svg.title', {
    list,
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(tr.t('continuum.svg.aria', { title, verdict: verdict.words }))}">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="8" y="20" font-size="14" font-weight="600" ${font}>${escapeXml(title)}</text>`,
    rows,
    `<text x="8" y="${footY}" font-size="12" ${font}>${escapeXml(tr.t('continuum.svg.rule'))} <tspan fill="${verdict.colour}" font-weight="600">${verdict.words}</tspan></text>`,
    legend,
    `<rect x="290" y="${footY + 18}" width="10" height="10" rx="2" fill="#fff" stroke="#6b7280" stroke-dasharray="3 2"/><text x="304" y="${footY + 27}" font-size="10" ${font}>${escapeXml(tr.t('continuum.svg.observed.undetermined'))}</text>`,
    `<rect x="370" y="${footY + 18}" width="10" height="10" rx="2" fill="#e5e7eb"/><text x="384" y="${footY + 27}" font-size="10" ${font}>${escapeXml(tr.t('continuum.svg.observed.not_met'))}</text>`,
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
export function bandScaleSvg(range: BandRange, options: { width?: number; lang?: Lang } = {}): string {
  const width = options.width ?? 680;
  const tr = translator(options.lang);
  const name = (id: BandRange['lowest']) => bandLabel(id, tr.lang);
  const margin = 8;
  const segment = (width - 2 * margin) / bandIds.length;
  const barY = 30;
  const barHeight = 26;
  const height = 100;
  const lo = bandRank(range.lowest);
  const hi = bandRank(range.highest);
  const segments = bandIds
    .map((id, i) => {
      const x = margin + i * segment;
      const inRange = i >= lo && i <= hi;
      return [
        `<rect x="${x}" y="${barY}" width="${segment - 2}" height="${barHeight}" fill="${bandColour[i]}" opacity="${inRange ? 1 : 0.25}"><title>${escapeXml(tr.t('continuum.svg.band', { band: name(id), definition: bandDefinition(id, tr.lang) }))}</title></rect>`,
        twoLines(name(id), x + segment / 2 - 1, barY + barHeight + 14),
      ].join('');
    })
    .join('');
  const markX = (i: number) => margin + i * segment + segment / 2 - 1;
  const bracket = `<rect x="${margin + lo * segment - 1}" y="${barY - 3}" width="${(hi - lo + 1) * segment}" height="${barHeight + 6}" fill="none" stroke="#111827" stroke-width="2" rx="3"/>`;
  const lowMark = `<path d="M ${markX(lo) - 7} ${barY - 6} L ${markX(lo) + 7} ${barY - 6} L ${markX(lo)} ${barY + 4} Z" fill="#111827"><title>${escapeXml(tr.t('continuum.svg.certain', { band: name(range.lowest) }))}</title></path>`;
  const highMark =
    hi === lo
      ? ''
      : `<path d="M ${markX(hi) - 7} ${barY - 6} L ${markX(hi) + 7} ${barY - 6} L ${markX(hi)} ${barY + 4} Z" fill="#fff" stroke="#111827" stroke-width="1.5"><title>${escapeXml(tr.t('continuum.svg.possible', { band: name(range.highest) }))}</title></path>`;
  const label =
    lo === hi
      ? tr.t('continuum.svg.bandIs', { band: name(range.lowest) })
      : tr.t('continuum.svg.bandBetween', { lowest: name(range.lowest), highest: name(range.highest) });
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
export function continuumSvg(
  profile: Profile,
  range: BandRange,
  options: { width?: number; lang?: Lang } = {},
): string {
  const width = options.width ?? 680;
  const top = profileSvg(profile, { width, lang: options.lang });
  const bottom = bandScaleSvg(range, { width, lang: options.lang });
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
