// The import summary as text for people (the JSON is the stable contract; this may change).
import { defaultLang, type Lang, translator } from '../i18n/index.js';
import type { FlagGroup } from './ctdc-format.js';
import type { ImportResult } from './ctdc-import.js';

const groupTitles: Record<FlagGroup, string> = {
  means: 'Means of control',
  exploitation: 'Type of exploitation',
  labourSector: 'Labour sector',
  sexSector: 'Sexual exploitation sector',
  recruiter: 'Relation to the recruiter',
  abduction: 'Abduction',
};

function table(rows: Array<[string, string]>, indent = '  '): string[] {
  const width = Math.max(0, ...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${indent}${label.padEnd(width)}  ${value}`);
}

function top(counts: Record<string, number>, n: number): Array<[string, string]> {
  const entries = Object.entries(counts);
  const shown = entries.slice(0, n).map(([key, count]): [string, string] => [key, String(count)]);
  if (entries.length > n) {
    const rest = entries.slice(n).reduce((sum, [, count]) => sum + count, 0);
    shown.push([`(${entries.length - n} more)`, String(rest)]);
  }
  return shown;
}

/** The import summary's counts are exact: said in its text and its JSON. */
export const HOLDER_ONLY =
  'exact counts, small ones included: for whoever holds the file only; to publish or share, make a release (continuum aggregate, or a dashboard)';

export function renderImport(result: ImportResult, source: string, lang: Lang = defaultLang): string {
  const { summary } = result;
  const tr = translator(lang);
  const asFound = result.mode === 'as_found';
  const lines = [`${source}: ${result.rows} records, format ${result.format}`, `(${HOLDER_ONLY})`];
  if (asFound) lines.push(tr.t('law.mode.asFound'));
  const problemColumns = Object.entries(result.problemCounts);
  if (problemColumns.length > 0) {
    lines.push('', 'Problems (rows read on; bad values read as not recorded):');
    for (const [column, { count }] of problemColumns) {
      const examples = result.problems.filter((p) => p.column === column);
      const first = examples[0];
      lines.push(`  ${column}: ${count} — e.g. row ${first?.row}: ${first?.message}`);
    }
  }
  const capture = summary.identifiedVsEstimated;
  if (capture) {
    lines.push('', `Identified vs estimated (lists: ${capture.lists.join(', ')}):`);
    lines.push(`  ${capture.line}`);
    if (capture.onNoList > 0)
      lines.push(`  ${capture.onNoList} record(s) on none of the lists are outside the estimate`);
    for (const warning of capture.estimate?.warnings ?? []) lines.push(`  warning: ${warning}`);
  }
  lines.push('', asFound ? tr.t('data.import.asFound.verdicts') : 'Verdicts (met / not met / undetermined):');
  lines.push(
    ...table(
      Object.entries(summary.verdicts).map(([id, v]): [string, string] => [
        id,
        `${v.met} / ${v.not_met} / ${v.undetermined}`,
      ]),
    ),
  );
  if (summary.byBand) {
    lines.push('', 'Continuum bands (the most severe band each record certainly reaches; more may be open):');
    if (asFound) lines.push(tr.t('data.import.asFound.bands'));
    lines.push(
      ...table(
        Object.entries(summary.byBand).map(([band, n]): [string, string] => [
          band === 'decent_work' ? 'decent_work (no band above established)' : band,
          String(n),
        ]),
      ),
    );
  }
  lines.push('', 'By year of registration:');
  lines.push(
    ...table(Object.entries(summary.byYear).map(([year, n]): [string, string] => [year, String(n)])),
  );
  lines.push('', 'By country of exploitation:');
  lines.push(...table(top(summary.byCountryOfExploitation, 10)));
  for (const [group, { records, items }] of Object.entries(summary.groups)) {
    if (records === 0) continue;
    lines.push(
      '',
      `${groupTitles[group as FlagGroup]} — % of the ${records} records with any item recorded:`,
    );
    lines.push(
      ...table(items.map(({ item, count, percent }): [string, string] => [item, `${count}  ${percent}%`])),
    );
  }
  return lines.join('\n');
}
