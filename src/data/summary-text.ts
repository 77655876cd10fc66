// The import summary as text for people, in their language (the JSON is the stable contract; this
// may change). Messages from the `data` catalogue domain; instruments, bands and countries by their
// names in the language. The CTDC items keep the names the file's columns give them.
import { bandLabel } from '../continuum/bands.js';
import { defaultLang, type Lang, translator } from '../i18n/index.js';
import { instruments } from '../law/instruments/index.js';
import { instrumentTitle } from '../law/titles.js';
import type { ImportResult } from './ctdc-import.js';
import { UNKNOWN } from './ctdc-summary.js';

function table(rows: Array<[string, string]>, indent = '  '): string[] {
  const width = Math.max(0, ...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${indent}${label.padEnd(width)}  ${value}`);
}

/** The import summary's counts are exact: said in its text and (in English) its JSON. */
export const HOLDER_ONLY = translator(defaultLang).t('data.import.exactCounts');

export function renderImport(result: ImportResult, source: string, lang: Lang = defaultLang): string {
  const { summary } = result;
  const tr = translator(lang);
  const asFound = result.mode === 'as_found';
  const named = (key: string, name: (key: string) => string = (k) => k) =>
    key === UNKNOWN ? tr.t('data.import.unknown') : name(key);
  const top = (counts: Record<string, number>, n: number): Array<[string, string]> => {
    const entries = Object.entries(counts);
    const shown = entries
      .slice(0, n)
      .map(([key, count]): [string, string] => [named(key, tr.country), String(count)]);
    if (entries.length > n) {
      const rest = entries.slice(n).reduce((sum, [, count]) => sum + count, 0);
      shown.push([tr.t('data.import.more', { count: entries.length - n }), String(rest)]);
    }
    return shown;
  };
  const lines = [
    tr.t('data.import.records', { source, rows: result.rows, format: result.format }),
    `(${tr.t('data.import.exactCounts')})`,
  ];
  if (asFound) lines.push(tr.t('law.mode.asFound'));
  const problemColumns = Object.entries(result.problemCounts);
  if (problemColumns.length > 0) {
    lines.push('', tr.t('data.import.problems'));
    for (const [column, { count }] of problemColumns) {
      const first = result.problems.find((p) => p.column === column);
      lines.push(
        `  ${tr.t('data.import.problem', { column, count, row: first?.row, message: first?.message })}`,
      );
    }
  }
  const capture = summary.identifiedVsEstimated;
  if (capture) {
    lines.push('', tr.t('data.import.capture', { lists: capture.lists.join(', ') }));
    lines.push(`  ${capture.line}`);
    if (capture.onNoList > 0)
      lines.push(`  ${tr.t('data.import.capture.onNoList', { count: capture.onNoList })}`);
    for (const warning of capture.estimate?.warnings ?? [])
      lines.push(`  ${tr.t('data.import.capture.warning', { warning })}`);
  }
  lines.push('', tr.t(asFound ? 'data.import.asFound.verdicts' : 'data.import.verdicts'));
  lines.push(
    ...table(
      Object.entries(summary.verdicts).map(([id, v]): [string, string] => [
        `${v.met} / ${v.not_met} / ${v.undetermined}`,
        instrumentTitle(instruments.find((i) => i.id === id) ?? { id, title: id }, lang),
      ]),
    ),
  );
  if (summary.byBand) {
    lines.push('', tr.t('data.import.bands'));
    if (asFound) lines.push(tr.t('data.import.asFound.bands'));
    lines.push(
      ...table(
        Object.entries(summary.byBand).map(([band, n]): [string, string] => [
          band === 'decent_work'
            ? tr.t('data.import.bands.floor', { band: bandLabel(band, lang) })
            : tr.dynamic(`continuum.band.${band}.label`, undefined, band),
          String(n),
        ]),
      ),
    );
  }
  lines.push('', tr.t('data.import.byYear'));
  lines.push(
    ...table(Object.entries(summary.byYear).map(([year, n]): [string, string] => [named(year), String(n)])),
  );
  lines.push('', tr.t('data.import.byCountry'));
  lines.push(...table(top(summary.byCountryOfExploitation, 10)));
  for (const [group, { records, items }] of Object.entries(summary.groups)) {
    if (records === 0) continue;
    lines.push('', tr.t('data.import.group', { group: tr.dynamic(`data.group.${group}`), records }));
    lines.push(
      ...table(items.map(({ item, count, percent }): [string, string] => [item, `${count}  ${percent}%`])),
    );
  }
  return lines.join('\n');
}
