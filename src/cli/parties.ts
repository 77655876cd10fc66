// `continuum parties INSTRUMENT [--at DATE]` — the states bound by one instrument on a date;
// `continuum bound COUNTRY [--at DATE]` — the instruments that bind one state (registered by bound.ts). Text for people,
// --json (schemaVersion 1) and --csv for spreadsheets; --svg draws ratifications over time.
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import Papa from 'papaparse';
import { alpha2Codes } from '../facts/country-codes.js';
import { unknownCountry, unknownName } from '../facts/problems.js';
import { translator } from '../i18n/index.js';
import {
  type BoundReport,
  boundReport,
  findParticipationList,
  type PartiesReport,
  participationLists,
  partiesReport,
} from '../law/participation/report.js';
import { dateIn } from '../law/participation/standing.js';
import { isIsoDate } from '../pathways/dates.js';
import { InputError, printJson } from './io.js';
import { cliLang, cliText } from './lang.js';

function dateOption(at: string | undefined): string | undefined {
  if (at === undefined) return undefined;
  if (!isIsoDate(at)) {
    throw new InputError('--at', [
      {
        path: 'at',
        code: 'invalid_date',
        message: 'not a date',
        expected: 'YYYY-MM-DD',
        found: JSON.stringify(at),
      },
    ]);
  }
  return at;
}

/** `from 3 Jun 1932`; where only the year of the deposit is known, the interval it leaves. */
function sinceWords(since: string, earliest: string | null): string {
  const tr = translator(cliLang());
  return earliest
    ? tr.t('law.participation.text.sinceBetween', { from: dateIn(tr, earliest), until: dateIn(tr, since) })
    : tr.t('law.participation.boundFrom', { date: dateIn(tr, since) });
}

export function renderParties(report: PartiesReport): string {
  const tr = translator(cliLang());
  const { list } = report;
  const lines = [
    `${list.title}`,
    tr.t('law.participation.text.partiesOn', { date: dateIn(tr, report.date), count: report.parties.length }),
    '',
  ];
  for (const p of report.parties) {
    const row = tr.t('law.participation.text.row', {
      action: tr.t(`law.participation.act.${p.action}`),
      deposited: p.depositedBy
        ? tr.t('law.participation.text.depositedBy', { date: dateIn(tr, p.deposited) })
        : dateIn(tr, p.deposited),
      since: sinceWords(p.since, p.sinceEarliest),
      until: p.until ? tr.t('law.participation.text.until', { date: dateIn(tr, p.until) }) : '',
      flag: p.certainty === 'unchecked' ? tr.t('law.participation.text.notChecked') : '',
    });
    lines.push(`  ${p.state}  ${p.name.padEnd(34)} ${row}`);
  }
  if (report.unknown.length > 0) {
    lines.push('', tr.t('law.participation.text.unknownOn', { count: report.unknown.length }));
    for (const u of report.unknown) lines.push(`  ${u.state}  ${u.name.padEnd(34)} ${u.reason}`);
  }
  const complete = list.checkedThrough
    ? tr.t('law.participation.text.checkedThrough', { date: dateIn(tr, list.checkedThrough) })
    : list.believedCompleteThrough
      ? tr.t('law.participation.text.believedThrough', { date: dateIn(tr, list.believedCompleteThrough) })
      : tr.t('law.participation.text.partialList');
  lines.push(
    '',
    tr.t('law.participation.text.source', { name: list.source.name, url: list.source.url, complete }),
    tr.t('law.participation.text.bindsFrom', { bindsFrom: list.bindsFrom }),
  );
  return lines.join('\n');
}

export function renderBound(report: BoundReport): string {
  const tr = translator(cliLang());
  const heading = report.date
    ? tr.t('law.participation.text.boundHeadingOn', {
        name: report.name,
        state: report.state,
        date: dateIn(tr, report.date),
      })
    : tr.t('law.participation.text.boundHeading', { name: report.name, state: report.state });
  const lines = [heading, ''];
  const width = Math.max(...report.instruments.map((i) => i.short.length));
  for (const i of report.instruments) {
    const since = i.since ? ` ${sinceWords(i.since, i.sinceEarliest)}` : '';
    const when = report.date ? '' : tr.t('law.participation.text.asRecorded', { date: dateIn(tr, i.date) });
    lines.push(
      `  ${i.short.padEnd(width)}  ${tr.t(`law.participation.standing.${i.standing}`)}${since}${when}`,
    );
    lines.push(`  ${' '.repeat(width)}  ${i.reason} [${tr.t(`law.participation.certainty.${i.certainty}`)}]`);
  }
  return lines.join('\n');
}

function partiesCsv(report: PartiesReport): string {
  return Papa.unparse(
    report.parties.map((p) => ({
      state: p.state,
      name: p.name,
      action: p.action,
      deposited: p.deposited,
      deposited_is_latest: p.depositedBy ? 'yes' : '',
      bound_from: p.since,
      bound_from_earliest: p.sinceEarliest ?? '',
      bound_until: p.until ?? '',
      certainty: p.certainty,
      source: p.source.url,
    })),
  );
}

function boundCsv(report: BoundReport): string {
  return Papa.unparse(
    report.instruments.map((i) => ({
      instrument: i.id,
      title: i.title,
      date: i.date,
      standing: i.standing,
      since: i.since ?? '',
      since_earliest: i.sinceEarliest ?? '',
      until: i.until ?? '',
      certainty: i.certainty,
      reason: i.reason,
      source: i.source.url,
    })),
  );
}

type Options = { at?: string; json?: boolean; csv?: boolean; svg?: string };

export function register(program: Command): void {
  program
    .command('parties')
    .description(cliText('cli.command.parties'))
    .argument(
      '<instrument>',
      cliText('cli.arg.oneOf', { ids: participationLists.map((l) => l.id).join(', ') }),
    )
    .option('--at <date>', cliText('cli.parties.at'))
    .option(
      '--json',
      cliText('cli.option.json', {
        shape: '{ schemaVersion, list, date, parties: [...], unknown: [...] }',
      }),
    )
    .option('--csv', cliText('cli.parties.csv'))
    .option('--svg <file>', cliText('cli.parties.svg'))
    .action(async (id: string, options: Options) => {
      const list = findParticipationList(id);
      if (!list)
        throw new InputError('instrument', [
          unknownName('instrument', 'unknown_instrument', 'instrument', id, participationLists),
        ]);
      const report = partiesReport(
        list,
        dateOption(options.at),
        options.json || options.csv ? undefined : cliLang(),
      );
      if (options.svg) {
        const { ratificationTimelineSvg } = await import('./participation-svg.js');
        await writeFile(options.svg, ratificationTimelineSvg(list, report.date, cliLang()));
      }
      if (options.json) printJson(report);
      else if (options.csv) process.stdout.write(`${partiesCsv(report)}\n`);
      else process.stdout.write(`${renderParties(report)}\n`);
    });
}

export function registerBound(program: Command): void {
  program
    .command('bound')
    .description(cliText('cli.command.bound'))
    .argument('<country>', cliText('cli.bound.country'))
    .option('--at <date>', cliText('cli.bound.at'))
    .option(
      '--json',
      cliText('cli.option.json', {
        shape: '{ schemaVersion, state, name, date, instruments: [...] }',
      }),
    )
    .option('--csv', cliText('cli.bound.csv'))
    .action((country: string, options: Options) => {
      const code = country.toUpperCase();
      if (!alpha2Codes.has(code)) throw new InputError('country', [unknownCountry('country', country)]);
      const report = boundReport(
        code,
        dateOption(options.at) ?? null,
        options.json || options.csv ? undefined : cliLang(),
      );
      if (options.json) printJson(report);
      else if (options.csv) process.stdout.write(`${boundCsv(report)}\n`);
      else process.stdout.write(`${renderBound(report)}\n`);
    });
}
