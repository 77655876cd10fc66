// `continuum compare <case> [--json] [--as-found]` — every instrument, international and national, as one row:
// its verdict and the element that decided it (computed by ../law/compare.ts); this file reads the
// case and prints the rows.
import type { Command } from 'commander';
import { translator } from '../i18n/index.js';
import { assess, type Verdict } from '../law/assess.js';
import { type CompareRow, type Comparison, compareCase, type Decider } from '../law/compare.js';
import { lawText } from '../law/messages.js';
import { ruleLabel } from '../law/render/labels.js';
import { marks, verdictWord } from '../law/render/text.js';
import { printJson } from './io.js';
import { cliLang, cliText } from './lang.js';
import { readCase } from './read-case.js';

function describeRow(r: CompareRow): string {
  const tr = translator(cliLang());
  if (r.verdict === 'not_applicable') return r.reasonMessage ? lawText(r.reasonMessage, tr) : '';
  const article = (d: Decider) => (d.cite ? ` [${d.cite.article}]` : '');
  // The instrument's own branch (UK s1 or s2, US (A) or (B)) when the decider lies below it.
  const branch = (d: Decider) => (d.branch ? `${d.branch} › ` : '');
  const deciders = r.decidedBy.map((d) =>
    d.exception
      ? `${tr.t('law.text.excluded', { label: ruleLabel(tr, d) })}${article(d)}`
      : `${marks[d.value]} ${branch(d)}${ruleLabel(tr, d)}${article(d)}`,
  );
  // Why it is open: the law contested on a reading (named), or facts not recorded.
  if (r.openBecause === 'law') {
    for (const point of r.contested ?? [])
      deciders.push(tr.t('law.open.short.law', { label: ruleLabel(tr, point) }));
  } else if (r.openBecause === 'facts') deciders.push(tr.t('law.open.short.facts'));
  if (r.verdict === 'undetermined' && r.pivotal.length > 0) {
    const facts = r.pivotal.slice(0, 4).join(', ');
    const more = r.pivotal.length - 4;
    deciders.push(
      more > 0 ? tr.t('law.text.settledByMore', { facts, more }) : tr.t('law.text.settledBy', { facts }),
    );
  }
  // Whether it bound the state: said for international law (its verdict stands either way).
  if (r.binding.status === 'not_party')
    deciders.push(tr.t('law.text.notBinding', { reason: lawText(r.binding.message, tr) }));
  return deciders.join('\n');
}

export function renderComparison(comparison: Comparison): string {
  const tr = translator(cliLang());
  const heading = comparison.case.title ?? comparison.case.id ?? tr.t('law.text.case');
  const context = [
    comparison.case.jurisdiction
      ? tr.t('law.text.jurisdiction', { country: comparison.case.jurisdiction })
      : null,
    comparison.case.eventDate
      ? tr.t('law.text.eventsFrom', { date: comparison.case.eventDate })
      : tr.t('law.text.noEventDate'),
  ].filter(Boolean);
  const width = Math.max(...comparison.rows.map((r) => r.id.length));
  const lines = [`${heading} (${context.join(', ')})`, ''];
  if (comparison.mode === 'as_found') lines.splice(1, 0, tr.t('law.mode.asFound'));
  if (!comparison.case.jurisdiction) lines.push(tr.t('law.text.noCountry'), '');
  let level: string | null = null;
  for (const r of comparison.rows) {
    if (r.level !== level && level !== null)
      lines.push(
        `${'─'.repeat(width)}  ${tr.dynamic(`law.text.level.${r.level}`, undefined, `${r.level} law`)}`,
      );
    level = r.level;
    const head = `${r.id.padEnd(width)}  ${marks[r.verdict]} ${verdictWord(tr, r.verdict).padEnd(14)}`;
    const [first = '', ...rest] = describeRow(r).split('\n');
    lines.push(`${head}  ${first}`);
    for (const more of rest) lines.push(`${' '.repeat(head.length)}  ${more}`);
  }
  const count = (verdict: Verdict) => comparison.rows.filter((r) => r.verdict === verdict).map((r) => r.id);
  const summary = (['met', 'not_met', 'undetermined', 'not_applicable'] as const)
    .map((verdict) => [verdict, count(verdict)] as const)
    .filter(([, ids]) => ids.length > 0)
    .map(([verdict, ids]) =>
      tr.t('law.text.summaryRow', { verdict: verdictWord(tr, verdict), ids: ids.join(', ') }),
    );
  lines.push(
    '',
    ...summary,
    '',
    tr.t('law.text.compareFooter', {
      command: '`continuum assess <case> --instrument <id>`',
    }),
  );
  return lines.join('\n');
}
export function register(program: Command): void {
  program
    .command('compare')
    .description(cliText('cli.command.compare'))
    .argument('<case>', cliText('cli.arg.caseFile'))
    .option(
      '--json',
      cliText('cli.option.json', {
        shape:
          '{ schemaVersion, lang, mode, case, rows: [{ id, title, level, verdict, openBecause?, contested?, decidedBy, pivotal, reason, reasonMessage, binding }] }',
      }),
    )
    .option('--as-found', cliText('cli.option.asFound'))
    .action(async (file: string, options: { json?: boolean; asFound?: boolean }) => {
      const facts = await readCase(file);
      const comparison = compareCase(facts, assess(facts, { asFound: options.asFound }));
      if (options.json) {
        printJson(comparison);
        return;
      }
      process.stdout.write(`${renderComparison(comparison)}\n`);
    });
}
