// Plain-text rendering of a profile report and a what-if, for the CLI, in the language asked for.
// Text is for people and may change; the JSON is the contract. Facts are named by their question,
// never by their path.
import { answerLabel, questionFor } from '../facts/questions.js';
import { type Lang, type Translator, translator } from '../i18n/index.js';
import type { Truth } from '../law/logic/truth.js';
import { type BandMove, type BandPlacement, type BandRange, bandLabel } from './bands.js';
import type { Profile } from './profile.js';
import type { VulnerabilityReading } from './vulnerability.js';
import type { WhatIf } from './whatif.js';

const yesNo = (tr: Translator, value: Truth) => tr.dynamic(`continuum.truth.${value}`);
const positiveWord = (tr: Translator, value: Truth) => tr.dynamic(`continuum.positive.${value}`);

export function showRange(range: BandRange, lang?: Lang): string {
  return range.lowest === range.highest
    ? bandLabel(range.lowest, lang)
    : translator(lang).t('continuum.text.rangeShort', {
        lowest: bandLabel(range.lowest, lang),
        highest: bandLabel(range.highest, lang),
      });
}

function more(tr: Translator, count: number): string {
  return `    ${tr.t('continuum.text.more', { count })}`;
}

function moves(tr: Translator, heading: string, list: BandMove[], limit: number): string[] {
  if (list.length === 0) return [];
  const lines = list.slice(0, limit).map((m) => {
    const words = {
      question: questionFor(m.path, tr.lang),
      answer: answerLabel(m.to, tr.lang),
      band: showRange(m.band, tr.lang),
    };
    return `    ${
      m.kind === 'answer'
        ? tr.t('continuum.text.moveAnswer', words)
        : tr.t('continuum.text.moveChange', { ...words, now: answerLabel(m.from, tr.lang) })
    }`;
  });
  if (list.length > limit) lines.push(more(tr, list.length - limit));
  return [`  ${heading}`, ...lines];
}

const listName = (tr: Translator, list: string) => tr.dynamic(`continuum.list.${list}`, undefined, list);

export function renderProfile(profile: Profile, lang?: Lang): string[] {
  const tr = translator(lang);
  const { t } = tr;
  const heading = [
    t('continuum.text.profileHeading', { list: listName(tr, profile.list) }),
    ...(profile.lists.length > 1
      ? [
          t('continuum.text.alsoPossible', {
            lists: tr.list(profile.lists.slice(1).map((l) => listName(tr, l))),
          }),
        ]
      : []),
    ...(profile.approximated ? [t('continuum.text.approximated')] : []),
  ];
  const lines = [
    heading.join(' '),
    `  ${t('continuum.text.childAndSexual', { child: yesNo(tr, profile.childhood), sexual: yesNo(tr, profile.sexual) })}`,
  ];
  for (const d of profile.dimensions) {
    const counts = t('continuum.text.counts', { strong: d.strong, medium: d.medium, weak: d.weak });
    const possible = t('continuum.text.possibleCounts', d.possible);
    lines.push(
      `  ${t('continuum.text.dimensionLine', { id: d.id, name: d.name, counts, possible, positive: positiveWord(tr, d.positive) })}`,
    );
    const observed = d.indicators.filter((i) => i.value === 'met');
    if (observed.length > 0) {
      const indicators = observed.map((i) =>
        t('continuum.text.observedIndicator', {
          name: i.name,
          grade: tr.dynamic(`continuum.grade.${i.grade}`),
        }),
      );
      lines.push(`       ${t('continuum.text.observed', { indicators: tr.list(indicators) })}`);
    }
  }
  lines.push(`  ${t('continuum.text.combination', { value: yesNo(tr, profile.delphiTrafficking) })}`);
  if (profile.child) {
    lines.push(
      `  ${t('continuum.text.childResults', {
        delphi: yesNo(tr, profile.child.delphiStructural),
        palermo: yesNo(tr, profile.child.palermoChildMinimum),
      })}`,
    );
  }
  const survey = profile.survey;
  const surveyWord = (id: string) => tr.dynamic(`continuum.survey.${id}`, undefined, id);
  lines.push(
    `  ${t('continuum.text.surveyCategory', {
      category:
        survey.category !== null
          ? surveyWord(survey.category)
          : t('continuum.text.surveyOpen', {
              possible: tr.list(survey.possible.map(surveyWord), 'disjunction'),
            }),
    })}`,
  );
  if (profile.pivotal.length > 0) {
    lines.push(`  ${t('continuum.text.wouldSettle')}`);
    for (const p of profile.pivotal.slice(0, 8)) {
      const settles = p.settles
        .map((s) =>
          t('continuum.text.settles', { answer: answerLabel(s.value, lang), result: yesNo(tr, s.verdict) }),
        )
        .join(', ');
      lines.push(`    ${t('continuum.text.questionSettles', { question: p.question, settles })}`);
    }
    if (profile.pivotal.length > 8) lines.push(more(tr, profile.pivotal.length - 8));
  }
  return lines;
}

export function renderBand(band: BandPlacement, lang?: Lang): string[] {
  const tr = translator(lang);
  const { t } = tr;
  const range =
    band.lowest === band.highest
      ? bandLabel(band.lowest, lang)
      : t('continuum.text.bandRange', {
          lowest: bandLabel(band.lowest, lang),
          highest: bandLabel(band.highest, lang),
        });
  return [
    t('continuum.text.band', { band: range }),
    ...(band.placedBy.length > 0
      ? [
          `  ${t('continuum.text.placedBy')}`,
          ...band.placedBy.map(
            (f) =>
              `    ${t('continuum.text.factAnswer', { question: questionFor(f.path, lang), answer: answerLabel(f.value, lang) })}`,
          ),
        ]
      : []),
    ...moves(tr, t('continuum.text.movesUp'), band.up, 6),
    ...moves(tr, t('continuum.text.movesDown'), band.down, 6),
  ];
}

export function renderVulnerability(readings: VulnerabilityReading[], lang?: Lang): string[] {
  const tr = translator(lang);
  const { t } = tr;
  const lines = [t('continuum.text.vulnerabilityHeading')];
  const mark: Record<Truth, string> = { met: '■', not_met: '□', undetermined: '?' };
  for (const v of readings) {
    lines.push(
      `  ${mark[v.present]} ${t('continuum.text.vulnerabilityLine', { label: v.label, value: yesNo(tr, v.present) })}`,
    );
    if (v.present !== 'not_met') {
      lines.push(`      ${v.mechanism}`);
      const live = v.dependents.filter((d) => d.value === true);
      if (live.length > 0) {
        lines.push(`      ${t('continuum.text.dependentFacts')}`);
        for (const d of live) lines.push(`        ${questionFor(d.path, lang)}`);
      }
    }
  }
  return lines;
}

export function renderWhatIf(result: WhatIf): string {
  const tr = translator(result.lang);
  const { t } = tr;
  const lang = result.lang;
  const lines = [t('continuum.text.whatIf', result.scenario)];
  if (result.patch.length === 0) lines.push(`  ${t('continuum.text.noPatch')}`);
  else {
    lines.push(`  ${t('continuum.text.patch')}`);
    for (const p of result.patch) {
      lines.push(
        `    ${t('continuum.text.patchLine', {
          question: questionFor(p.path, lang),
          from: answerLabel(p.from, lang),
          to: answerLabel(p.to, lang),
          kind: tr.dynamic(`continuum.text.kind.${p.kind}`),
          reason: p.reason,
        })}`,
      );
    }
  }
  const c = result.changes;
  const change = (what: string, from: string, to: string) =>
    `    ${t('continuum.text.change', { what, from, to })}`;
  lines.push(`  ${t('continuum.text.changes')}`);
  const nothingChanged =
    c.instruments.length === 0 &&
    !c.band &&
    c.dimensions.length === 0 &&
    !c.delphiTrafficking &&
    !c.survey &&
    c.vulnerability.length === 0 &&
    Object.keys(c.extensions).length === 0;
  if (result.unchanged || nothingChanged) lines.push(`    ${t('continuum.text.noChanges')}`);
  const verdict = (v: string) => tr.dynamic(`common.verdict.${v}`);
  for (const i of c.instruments) lines.push(change(i.title, verdict(i.from), verdict(i.to)));
  if (c.band)
    lines.push(
      change(t('continuum.text.bandWord'), showRange(c.band.from, lang), showRange(c.band.to, lang)),
    );
  const summary = (d: WhatIf['changes']['dimensions'][number]['from']) =>
    t('continuum.text.dimensionSummary', {
      counts: t('continuum.text.counts', d),
      positive: positiveWord(tr, d.positive),
    });
  for (const d of c.dimensions) lines.push(change(d.id, summary(d.from), summary(d.to)));
  if (c.delphiTrafficking) {
    lines.push(
      change(
        t('continuum.text.delphiCombination'),
        yesNo(tr, c.delphiTrafficking.from),
        yesNo(tr, c.delphiTrafficking.to),
      ),
    );
  }
  const surveyWord = (id: string | null) =>
    id === null ? t('continuum.text.openWord') : tr.dynamic(`continuum.survey.${id}`, undefined, id);
  if (c.survey)
    lines.push(change(t('continuum.text.surveyWord'), surveyWord(c.survey.from), surveyWord(c.survey.to)));
  for (const v of c.vulnerability) {
    lines.push(
      change(tr.dynamic(`continuum.vulnerability.${v.id}.label`), yesNo(tr, v.from), yesNo(tr, v.to)),
    );
  }
  for (const list of Object.values(c.extensions)) {
    for (const e of list) {
      lines.push(
        change(e.what, e.fromWords ?? answerLabel(e.from, lang), e.toWords ?? answerLabel(e.to, lang)),
      );
    }
  }
  return lines.join('\n');
}
