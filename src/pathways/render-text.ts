// Plain-text timelines for people (the CLI), in the language asked for. Text may change; the JSON
// output is the contract. The frame (days, entitlements, end states, headings) is translated here;
// the regimes' own words (stage names, effects, notes) come in evaluatePathway's language.
import { answerLabel, questionFor } from '../facts/questions.js';
import { type Lang, type Translator, translator } from '../i18n/index.js';
import { formatCitation } from '../law/logic/citation.js';
import type { Branch, PathwayResult, Stage } from './types.js';

function span(tr: Translator, stage: Stage): string {
  const end =
    stage.endDay === null ? tr.t('pathways.text.open') : `${stage.endDay}${stage.minimumOnly ? '+' : ''}`;
  return tr.t('pathways.text.span', { start: stage.startDay, end });
}

function branchLines(tr: Translator, label: string, branch: Branch): string[] {
  const when =
    branch.endDay === null
      ? tr.t('pathways.text.openEnded')
      : tr.t('pathways.text.day', { day: branch.endDay });
  const lines = [
    `  ${tr.t('pathways.text.branch', { label, end: tr.dynamic(`pathways.end.${branch.endState}`), when })}`,
  ];
  for (const stage of branch.stages) {
    const rights =
      stage.entitlements.length > 0
        ? tr.list(stage.entitlements.map((e) => tr.dynamic(`pathways.entitlement.${e}`)))
        : tr.t('pathways.text.noEntitlements');
    const cooperation = stage.requiresCooperation ? ` ${tr.t('pathways.text.needsCooperation')}` : '';
    lines.push(
      `      ${tr.t('pathways.text.stage', { span: span(tr, stage), name: stage.name, cooperation, rights })}`,
    );
  }
  for (const decision of branch.decidedBy) {
    lines.push(
      `      ${tr.t('pathways.text.decision', {
        question: questionFor(decision.path, tr.lang),
        answer: answerLabel(decision.value, tr.lang),
        effect: decision.effect,
      })}`,
    );
  }
  for (const note of branch.notes) lines.push(`      ℹ ${note}`);
  return lines;
}

export function renderPathway(result: PathwayResult, lang?: Lang): string {
  const tr = translator(lang);
  const { t } = tr;
  const r = result.regime;
  const period = r.until
    ? t('pathways.text.fromUntil', { from: tr.date(r.from), until: tr.date(r.until) })
    : t('pathways.text.from', { from: tr.date(r.from) });
  const facts = [
    t('pathways.text.identified', { date: tr.date(result.startDate) }) +
      (result.inForce ? '' : ` — ${t('pathways.text.notInForce')}`),
    t('pathways.text.within', {
      value: tr.dynamic(`continuum.truth.${result.eligibility.value}`),
      basis: result.eligibility.basis,
    }),
    t('pathways.text.conditionalResidence', { value: answerLabel(r.requiresCooperation, lang) }),
    t('pathways.text.thisCase', { value: tr.dynamic(`pathways.text.actual.${result.actual}`) }),
  ];
  const lines = [
    t('pathways.text.regimeHeading', { title: r.title, id: r.id, period, cite: formatCitation(r.cite) }),
    `  ${facts.join(' · ')}`,
    ...branchLines(tr, t('pathways.text.cooperating'), result.branches.cooperating),
    ...branchLines(tr, t('pathways.text.notCooperating'), result.branches.notCooperating),
  ];
  for (const note of result.notes) lines.push(`  ${t('pathways.text.note', { note })}`);
  return lines.join('\n');
}
