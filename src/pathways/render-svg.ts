// A Gantt-like chart of the regimes side by side, cooperating and not: the picture that shows how
// protection depends on cooperation. Hand-written SVG from pure functions returning strings.
import { type Lang, type Translator, translator } from '../i18n/index.js';
import type { Branch, Entitlement, PathwayResult, Stage } from './types.js';

const layout = { left: 310, right: 190, width: 1160, rowHeight: 22, rowGap: 6, groupGap: 16, top: 70 };

/** The colour of a stage: what the person has, strongest first. */
function fill(entitlements: Entitlement[]): { colour: string } {
  if (entitlements.includes('residence')) return { colour: '#2e7d32' };
  if (entitlements.includes('no_removal')) return { colour: '#f9a825' };
  if (entitlements.length > 0) return { colour: '#ef6c00' };
  return { colour: '#9e9e9e' };
}

const endColours: Record<Branch['endState'], string> = {
  removal: '#c62828',
  asylum_claim_or_removal: '#c62828',
  discretionary: '#6d4c41',
  residence_permit: '#2e7d32',
  permanent_residence: '#1b5e20',
};

export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** Days to x: a square-root scale, so that a 5-day wait and a 4-year permit both show. */
function scale(maxDay: number) {
  const plot = layout.width - layout.left - layout.right;
  return (day: number) => layout.left + plot * Math.sqrt(Math.max(0, day) / maxDay);
}

function stageRect(
  tr: Translator,
  stage: Stage,
  y: number,
  x: (day: number) => number,
  maxDay: number,
): string {
  const x0 = x(stage.startDay);
  const x1 = x(stage.endDay ?? maxDay);
  const { colour } = fill(stage.entitlements);
  const rights =
    stage.entitlements.length > 0
      ? tr.list(stage.entitlements.map((e) => tr.dynamic(`pathways.entitlement.${e}`)))
      : tr.t('pathways.text.noEntitlements');
  const title = tr.t(stage.requiresCooperation ? 'pathways.svg.stageCooperation' : 'pathways.svg.stage', {
    name: stage.name,
    span: tr.t('pathways.text.span', {
      start: stage.startDay,
      end: stage.endDay === null ? tr.t('pathways.text.open') : String(stage.endDay),
    }),
    rights,
  });
  const open = stage.endDay === null ? ' fill-opacity="0.55"' : '';
  const hatch = stage.requiresCooperation
    ? `<rect x="${x0.toFixed(1)}" y="${y}" width="${Math.max(1, x1 - x0).toFixed(1)}" height="${layout.rowHeight}" fill="url(#coop)"/>`
    : '';
  return `<g><title>${escapeXml(title)}</title><rect x="${x0.toFixed(1)}" y="${y}" width="${Math.max(1, x1 - x0).toFixed(1)}" height="${layout.rowHeight}" fill="${colour}"${open} stroke="#fff" stroke-width="1"/>${hatch}</g>`;
}

function branchRow(
  tr: Translator,
  branch: Branch,
  y: number,
  x: (day: number) => number,
  maxDay: number,
  label: string,
): string {
  const parts = [
    `<text x="${layout.left - 8}" y="${y + 15}" text-anchor="end" font-size="11" fill="#333">${escapeXml(label)}</text>`,
    ...branch.stages.map((stage) => stageRect(tr, stage, y, x, maxDay)),
  ];
  const endX = branch.endDay === null ? x(maxDay) : x(branch.endDay);
  parts.push(
    `<text x="${(endX + 6).toFixed(1)}" y="${y + 15}" font-size="11" font-weight="bold" fill="${endColours[branch.endState]}">→ ${escapeXml(tr.dynamic(`pathways.end.${branch.endState}`))}</text>`,
  );
  return parts.join('');
}

/** The chart, its words in `lang` (the results' own texts are in the language they were made in). */
export function renderSvg(results: PathwayResult[], title: string, lang?: Lang): string {
  const tr = translator(lang);
  const maxDay = Math.max(
    365,
    ...results.flatMap((r) =>
      [r.branches.cooperating, r.branches.notCooperating].flatMap((b) => b.stages.map((s) => s.endDay ?? 0)),
    ),
  );
  const x = scale(Math.ceil(maxDay * 1.05));
  const rows: string[] = [];
  let y = layout.top;
  for (const result of results) {
    const heading = tr.t('pathways.svg.heading', {
      id: result.regime.id,
      inForce: String(result.inForce),
      outside: String(result.eligibility.value === 'not_met'),
    });
    rows.push(
      `<text x="8" y="${y + 15}" font-size="12" font-weight="bold" fill="#111">${escapeXml(heading)}</text>`,
    );
    rows.push(
      branchRow(tr, result.branches.cooperating, y, x, maxDay * 1.05, tr.t('pathways.text.cooperating')),
    );
    y += layout.rowHeight + layout.rowGap;
    rows.push(
      branchRow(
        tr,
        result.branches.notCooperating,
        y,
        x,
        maxDay * 1.05,
        tr.t('pathways.text.notCooperating'),
      ),
    );
    y += layout.rowHeight + layout.groupGap;
  }
  const ticks = [0, 7, 30, 90, 182, 365, 730, 1461, 2191].filter((d) => d <= maxDay * 1.05);
  const axis = ticks
    .map((d) => {
      const tx = x(d).toFixed(1);
      const label =
        d < 365
          ? tr.t('pathways.svg.days', { days: d })
          : tr.t('pathways.svg.years', { years: Math.round(d / 365) });
      return `<line x1="${tx}" y1="${layout.top - 6}" x2="${tx}" y2="${y - layout.groupGap}" stroke="#ddd"/><text x="${tx}" y="${layout.top - 10}" font-size="10" text-anchor="middle" fill="#555">${label}</text>`;
    })
    .join('');
  const legendItems: Array<[string, string]> = [
    ['#2e7d32', tr.t('pathways.svg.residence')],
    ['#f9a825', tr.t('pathways.svg.noRemoval')],
    ['#ef6c00', tr.t('pathways.svg.support')],
    ['#9e9e9e', tr.t('pathways.svg.waiting')],
  ];
  const legendY = y + 8;
  const legend = [
    ...legendItems.map(
      ([colour, label], i) =>
        `<rect x="${8 + i * 190}" y="${legendY}" width="14" height="14" fill="${colour}"/><text x="${26 + i * 190}" y="${legendY + 11}" font-size="11">${escapeXml(label)}</text>`,
    ),
    `<rect x="${8 + 4 * 190}" y="${legendY}" width="14" height="14" fill="#bbb"/><rect x="${8 + 4 * 190}" y="${legendY}" width="14" height="14" fill="url(#coop)"/><text x="${26 + 4 * 190}" y="${legendY + 11}" font-size="11">${escapeXml(tr.t('pathways.svg.needsCooperation'))}</text>`,
  ].join('');
  const height = legendY + 30;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${height}" viewBox="0 0 ${layout.width} ${height}" font-family="sans-serif">`,
    '<defs><pattern id="coop" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="#000" stroke-opacity="0.35" stroke-width="2"/></pattern></defs>',
    '<rect width="100%" height="100%" fill="#fff"/>',
    `<text x="8" y="22" font-size="15" font-weight="bold">${escapeXml(title)}</text>`,
    `<text x="8" y="40" font-size="11" fill="#555">${escapeXml(tr.t('pathways.svg.explain'))}</text>`,
    axis,
    ...rows,
    legend,
    '</svg>',
  ].join('\n');
}
