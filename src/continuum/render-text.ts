// Plain-text rendering of a profile report and a what-if, for the CLI. Text is for people and may
// change; the JSON is the contract.
import type { Truth } from '../law/logic/truth.js';
import type { BandMove, BandPlacement, BandRange } from './bands.js';
import type { Profile } from './profile.js';
import type { VulnerabilityReading } from './vulnerability.js';
import type { WhatIf } from './whatif.js';

const word: Record<Truth, string> = { met: 'yes', not_met: 'no', undetermined: 'unknown' };
const positiveWord: Record<Truth, string> = { met: 'positive', not_met: 'negative', undetermined: 'open' };

export function showValue(value: unknown): string {
  if (value === null || value === undefined) return 'unknown';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function showRange(range: BandRange): string {
  return range.lowest === range.highest ? range.lowest : `${range.lowest} … ${range.highest}`;
}

function moves(title: string, list: BandMove[], limit: number): string[] {
  if (list.length === 0) return [];
  const lines = list
    .slice(0, limit)
    .map(
      (m) =>
        `    ${m.kind === 'answer' ? 'if' : 'were'} ${m.path} = ${showValue(m.to)}${m.kind === 'change' ? ` (now ${showValue(m.from)})` : ''} → ${showRange(m.band)}`,
    );
  if (list.length > limit) lines.push(`    … and ${list.length - limit} more (see --json)`);
  return [`  ${title}:`, ...lines];
}

export function renderProfile(profile: Profile): string[] {
  const lines = [
    `Delphi indicator profile — list ${profile.list}${profile.lists.length > 1 ? ` (also possible: ${profile.lists.slice(1).join(', ')})` : ''}${profile.approximated ? ' [approximated]' : ''}`,
    `  child: ${word[profile.childhood]} · sexual exploitation: ${word[profile.sexual]}`,
  ];
  for (const d of profile.dimensions) {
    const counts = `S ${d.strong} M ${d.medium} W ${d.weak}`;
    const possible = `(could be S ${d.possible.strong} M ${d.possible.medium} W ${d.possible.weak})`;
    lines.push(
      `  ${d.id} ${d.name.padEnd(40)} ${counts}  ${possible.padEnd(30)} ${positiveWord[d.positive]}`,
    );
    const observed = d.indicators.filter((i) => i.value === 'met');
    if (observed.length > 0) {
      lines.push(
        `       observed: ${observed.map((i) => `${i.name} (${i.grade[0].toUpperCase()})`).join('; ')}`,
      );
    }
  }
  lines.push(
    `  (D1 or D2 or D3) and D4 and (D5 or D6) [${profile.cites.combination.certainty}]: ${profile.delphiTrafficking}`,
  );
  if (profile.child) {
    lines.push(
      `  child: Delphi on the child list ${profile.child.delphiStructural}; Palermo child minimum (act + D4) ${profile.child.palermoChildMinimum}`,
    );
  }
  const survey = profile.survey;
  lines.push(
    `  ILO survey category: ${survey.category ?? `not settled (possible: ${survey.possible.join(', ')})`}`,
  );
  if (profile.pivotal.length > 0) {
    lines.push('  would settle the Delphi result:');
    for (const p of profile.pivotal.slice(0, 8)) {
      lines.push(
        `    ${p.question} (${p.path}: ${p.settles.map((s) => `${showValue(s.value)} → ${s.verdict}`).join(', ')})`,
      );
    }
    if (profile.pivotal.length > 8) lines.push(`    … and ${profile.pivotal.length - 8} more (see --json)`);
  }
  return lines;
}

export function renderBand(band: BandPlacement): string[] {
  return [
    `Band: ${band.lowest === band.highest ? band.lowest : `at least ${band.lowest}, at most ${band.highest}`}`,
    ...(band.placedBy.length > 0
      ? [`  placed by: ${band.placedBy.map((f) => `${f.path} = ${showValue(f.value)}`).join('; ')}`]
      : []),
    ...moves('nearest facts that would move it up', band.up, 6),
    ...moves('nearest facts that would move it down', band.down, 6),
  ];
}

export function renderVulnerability(readings: VulnerabilityReading[]): string[] {
  const lines = ['Structural vulnerability (made by status rules):'];
  const mark: Record<Truth, string> = { met: '■', not_met: '□', undetermined: '?' };
  for (const v of readings) {
    lines.push(`  ${mark[v.present]} ${v.label}: ${word[v.present]}`);
    if (v.present !== 'not_met') {
      lines.push(`      ${v.mechanism}`);
      const live = v.dependents.filter((d) => d.value === true);
      if (live.length > 0)
        lines.push(`      observed facts that depend on it: ${live.map((d) => d.path).join(', ')}`);
    }
  }
  return lines;
}

export function renderWhatIf(result: WhatIf): string {
  const lines = [`What if: ${result.scenario.title} — ${result.scenario.description}`];
  if (result.patch.length === 0) lines.push('  The scenario changes no fact of this case.');
  else {
    lines.push('  Patch:');
    for (const p of result.patch) {
      lines.push(`    ${p.path}: ${showValue(p.from)} → ${showValue(p.to)} [${p.kind}] ${p.reason}`);
    }
  }
  const c = result.changes;
  lines.push('  Changes:');
  if (
    result.unchanged ||
    (c.instruments.length === 0 &&
      !c.band &&
      c.dimensions.length === 0 &&
      !c.delphiTrafficking &&
      !c.survey &&
      c.vulnerability.length === 0 &&
      Object.keys(c.extensions).length === 0)
  ) {
    lines.push('    none: every verdict, the band and the profile stay as they are.');
  }
  for (const i of c.instruments) lines.push(`    ${i.title}: ${i.from} → ${i.to}`);
  if (c.band) lines.push(`    band: ${showRange(c.band.from)} → ${showRange(c.band.to)}`);
  for (const d of c.dimensions) {
    lines.push(
      `    ${d.id}: S ${d.from.strong} M ${d.from.medium} W ${d.from.weak} ${positiveWord[d.from.positive]} → S ${d.to.strong} M ${d.to.medium} W ${d.to.weak} ${positiveWord[d.to.positive]}`,
    );
  }
  if (c.delphiTrafficking)
    lines.push(`    Delphi combination: ${c.delphiTrafficking.from} → ${c.delphiTrafficking.to}`);
  if (c.survey) lines.push(`    ILO survey category: ${c.survey.from ?? 'open'} → ${c.survey.to ?? 'open'}`);
  for (const v of c.vulnerability) lines.push(`    ${v.id}: ${word[v.from]} → ${word[v.to]}`);
  for (const [id, list] of Object.entries(c.extensions)) {
    for (const e of list) lines.push(`    ${id}: ${e.what}: ${showValue(e.from)} → ${showValue(e.to)}`);
  }
  return lines.join('\n');
}
