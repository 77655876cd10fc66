// Plain-text rendering of assessments and rule trees for people (the CLI). Text may change;
// the JSON output is the contract.
import { type Lang, type Translator, translator } from '../../i18n/index.js';
import type { Assessment, ContestedPoint, InstrumentAssessment, Verdict } from '../assess.js';
import type { Instrument } from '../instrument.js';
import { type Citation, formatCitation } from '../logic/citation.js';
import type { Finding } from '../logic/evaluate.js';
import { type Attributes, attributesOf, carriers, childrenOf, connective } from '../logic/kinds.js';
import type { Rule } from '../logic/rule.js';
import { lawText } from '../messages.js';
import { ruleLabel, ruleNote } from './labels.js';

export const marks: Record<Verdict, string> = {
  met: '✓',
  not_met: '✗',
  undetermined: '?',
  not_applicable: '–',
};
/** A verdict in words, in the translator's language. */
export function verdictWord(tr: Translator, verdict: Verdict): string {
  return tr.t(`common.verdict.${verdict}`);
}

/** An instrument's title in the translator's language (its official title where one exists). */
export function instrumentTitle(tr: Translator, id: string, english: string): string {
  return tr.dynamic(`law.instrument.${id}.title`, undefined, english);
}

function shortCite(cite?: Citation): string {
  return cite ? `  [${cite.article}]` : '';
}

function factValue(value: unknown): string {
  if (value === null || value === undefined) return 'unknown';
  return JSON.stringify(value);
}

/**
 * How a node joins its children, in the translator's language: the words of `connective` (the
 * rule-kind table), from the law catalogue (`law.connective.<kind>`, and for `unless` its outcome).
 */
export function connectiveWords(tr: Translator, node: { kind: Rule['kind'] } & Attributes): string | null {
  const english = connective(node);
  if (english === null) return null;
  const key =
    node.kind === 'unless' ? `law.connective.unless.${node.outcome}` : `law.connective.${node.kind}`;
  return tr.dynamic(key, { n: node.n }, english);
}

function combinator(finding: Finding, tr: Translator): string {
  const words = connectiveWords(tr, finding);
  return words ? ` (${words})` : '';
}

/**
 * A compact tree: by default, children of a node are shown only where they explain its value —
 * for a met `any`, the met children; for a not-met `all`, the not-met ones — unless `full` is set.
 */
export function renderFinding(
  finding: Finding,
  options: { full?: boolean; indent?: string; lang?: Lang } = {},
): string[] {
  const indent = options.indent ?? '';
  const tr = translator(options.lang);
  const facts =
    finding.kind === 'fact' && finding.facts
      ? `  — ${finding.facts.map((f) => `${f.path} = ${factValue(f.value)}`).join(', ')}`
      : '';
  const lines = [
    `${indent}${marks[finding.value]} ${ruleLabel(tr, finding)}${combinator(finding, tr)}${shortCite(finding.cite)}${facts}`,
  ];
  let children = finding.children ?? [];
  if (!options.full) {
    // A decided node shows what decided it: the met alternatives of an `any`, the failing elements
    // of an `all`, the side of an `unless` that applies.
    if (finding.value !== 'undetermined') children = carriers(finding);
    // Alternatives that all failed on plain facts say one thing: none was observed.
    if (finding.kind === 'any' && finding.value === 'not_met' && children.every((c) => c.kind === 'fact'))
      children = [];
    // An open alternative: the open facts, and every branch that has more below it.
    else if (finding.kind === 'any' && finding.value === 'undetermined')
      children = children.filter((c) => c.value === 'undetermined' || c.kind !== 'fact');
    // A long list of facts that are all unknown says one thing: nothing is known here yet.
    const unknownLeaves = children.filter(
      (c) =>
        c.kind === 'fact' && c.value === 'undetermined' && (c.facts ?? []).every((f) => f.value === null),
    );
    if (unknownLeaves.length > 3 && unknownLeaves.length === children.length) {
      lines[0] += `  — ${tr.t('law.text.allUnknown', { count: unknownLeaves.length })}`;
      children = [];
    }
  }
  for (const child of children) lines.push(...renderFinding(child, { ...options, indent: `${indent}  ` }));
  return lines;
}

/** The authorities a contested reading names, in a short form: "Siliadin v France §122; …". */
function authorities(point: ContestedPoint): string {
  return point.citations.map((c) => `${c.instrument} ${c.article}`).join('; ');
}

/** A contested reading in words: the opening line, then why courts divide and who. */
function contestedLines(point: ContestedPoint, opening: string, tr: Translator, indent: string): string[] {
  const lines = [`${indent}${opening}`];
  if (point.note) lines.push(`${indent}  ↳ ${ruleNote(tr, point)}`);
  if (point.citations.length > 0)
    lines.push(`${indent}  ${tr.t('law.open.authorities', { authorities: authorities(point) })}`);
  return lines;
}

/**
 * Why an undetermined verdict is open, in words: facts not recorded (and what would settle it), or
 * the law contested (which reading, why courts divide, and who). Nothing for a settled verdict.
 */
export function openLines(result: InstrumentAssessment, tr: Translator, indent = '  '): string[] {
  if (result.verdict !== 'undetermined' || !result.openBecause) return [];
  const contested = result.contested ?? [];
  if (result.openBecause === 'law') {
    return contested.flatMap((point) =>
      contestedLines(point, tr.t('law.open.law', { label: ruleLabel(tr, point) }), tr, indent),
    );
  }
  const why =
    result.elements.value === 'met'
      ? 'law.open.facts.period'
      : result.questions.length > 0
        ? 'law.open.facts.questions'
        : 'law.open.facts.several';
  return [
    `${indent}${tr.t(why)}`,
    ...contested.flatMap((point) =>
      contestedLines(point, tr.t('law.open.lawIfNot', { label: ruleLabel(tr, point) }), tr, indent),
    ),
  ];
}

export function renderInstrumentAssessment(
  result: InstrumentAssessment,
  options: { full?: boolean; lang?: Lang } = {},
): string[] {
  const tr = translator(options.lang);
  const title = instrumentTitle(tr, result.id, result.title);
  const lines = [
    `${marks[result.verdict]} ${tr.t('law.text.heading', { title, verdict: verdictWord(tr, result.verdict).toUpperCase() })}  (${formatCitation(result.citation)})`,
  ];
  for (const note of result.noteMessages)
    lines.push(`  ${tr.t('law.text.note', { note: lawText(note, tr) })}`);
  lines.push(...openLines(result, tr));
  lines.push(
    ...renderFinding(result.elements, { full: options.full, indent: '  ', lang: options.lang }).slice(1),
  );
  const remarks = result.remarks.filter((remark) => remark.value === 'met');
  for (const remark of remarks) lines.push(`  ℹ ${ruleLabel(tr, remark)}${shortCite(remark.cite)}`);
  if (result.questions.length > 0) {
    lines.push(`  ${tr.t('law.text.questions')}`);
    for (const question of result.questions) {
      const outcomes = question.settles
        .map((s) => `${factValue(s.value)} → ${verdictWord(tr, s.verdict)}`)
        .join('; ');
      lines.push(
        `    • ${tr.dynamic(`facts.question.${question.path}`, undefined, question.question)}  (${question.path}: ${outcomes})`,
      );
    }
  }
  return lines;
}

export function renderAssessment(
  assessment: Assessment,
  options: { full?: boolean; lang?: Lang } = {},
): string {
  const heading = assessment.case.title ?? assessment.case.id ?? 'Case';
  const lines = [
    `${heading}${assessment.case.id && assessment.case.title ? ` (${assessment.case.id})` : ''}`,
    '',
  ];
  if (assessment.mode === 'as_found') lines.splice(1, 0, translator(options.lang).t('law.mode.asFound'));
  for (const result of assessment.instruments) {
    lines.push(...renderInstrumentAssessment(result, options), '');
  }
  return lines.join('\n');
}

function ruleLines(rule: Rule, indent: string, tr: Translator): string[] {
  const cite = rule.cite
    ? `  [${formatCitation(rule.cite)}${rule.cite.certainty ? ` ·${rule.cite.certainty}` : ''}]`
    : '';
  const words = connectiveWords(tr, { kind: rule.kind, ...attributesOf(rule) });
  const label = ruleLabel(tr, rule);
  const head =
    rule.kind === 'fact' ? `${label} — ${rule.paths.join(', ')} ${rule.test}` : `${label} (${words})`;
  const lines = [`${indent}${head}${cite}`];
  const note = ruleNote(tr, rule);
  if (note) lines.push(`${indent}  ↳ ${note}`);
  for (const child of childrenOf(rule)) lines.push(...ruleLines(child, `${indent}  `, tr));
  return lines;
}

/** The rule tree of an instrument, with citations: what a lawyer reviews. */
export function renderInstrument(instrument: Instrument, lang?: Lang): string {
  const tr = translator(lang);
  const { from, until } = instrument.inForce;
  const lines = [
    `${instrumentTitle(tr, instrument.id, instrument.title)}  (${instrument.id})`,
    `${formatCitation(instrument.citation)} · ${tr.t(until ? 'law.text.datesUntil' : 'law.text.dates', { adopted: instrument.adopted, from, until })}`,
    '',
    ...ruleLines(instrument.rule, '', tr),
  ];
  if (instrument.remarks?.length) {
    lines.push('', tr.t('law.text.remarks'));
    for (const remark of instrument.remarks) lines.push(...ruleLines(remark, '  ', tr));
  }
  return lines.join('\n');
}
