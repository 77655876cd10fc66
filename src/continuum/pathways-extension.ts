// The protection pathways (src/pathways) as a what-if extension: for each regime in force on the
// identification date, whether the person falls within it and where each branch (cooperating with
// the police or not) ends, before and after the scenario. Without any date in the case the
// pathways cannot be placed in time and nothing is compared.
import type { CaseFacts } from '../facts/schema.js';
import { type MessageKey, type Translator, translator } from '../i18n/index.js';
import { evaluatePathway } from '../pathways/evaluate.js';
import { regimesOn } from '../pathways/regimes/index.js';
import type { PathwayResult } from '../pathways/types.js';
import { words as said } from '../pathways/words.js';
import type { ExtensionChange, WhatIfExtension } from './whatif.js';

/** Day 0 as the pathways command reads it: identification, else the end or start of the events. */
function startOf(facts: CaseFacts): string | undefined {
  return facts.events?.identifiedOn ?? facts.events?.to ?? facts.events?.from ?? undefined;
}

type Summary = Array<[MessageKey, unknown, (value: unknown, tr: Translator) => string]>;

const truthWords = (value: unknown, tr: Translator) => tr.dynamic(`continuum.truth.${String(value)}`);
const endWords = (value: unknown, tr: Translator) => tr.dynamic(`pathways.end.${String(value)}`);
const dayWords = (value: unknown, tr: Translator) =>
  value === null ? tr.t('pathways.text.openEnded') : tr.t('pathways.text.day', { day: Number(value) });

function summary(result: PathwayResult): Summary {
  const { cooperating, notCooperating } = result.branches;
  return [
    ['pathways.change.eligibility', result.eligibility.value, truthWords],
    ['pathways.change.endCooperating', cooperating.endState, endWords],
    ['pathways.change.dayCooperating', cooperating.endDay, dayWords],
    ['pathways.change.endNotCooperating', notCooperating.endState, endWords],
    ['pathways.change.dayNotCooperating', notCooperating.endDay, dayWords],
  ];
}

export const pathwaysExtension: WhatIfExtension = {
  id: 'pathways',
  compare(before, after, lang) {
    const tr = translator(lang);
    const start = startOf(before);
    if (!start) return [];
    const changes: ExtensionChange[] = [];
    for (const regime of regimesOn(start)) {
      const was = summary(evaluatePathway(regime, before, start));
      const now = summary(evaluatePathway(regime, after, start));
      was.forEach(([what, from, words], i) => {
        const to = now[i][1];
        if (JSON.stringify(from) !== JSON.stringify(to)) {
          changes.push({
            id: `${regime.id}.${what.slice('pathways.change.'.length)}`,
            what: tr.t(what, { regime: said(tr, regime.title) }),
            from,
            to,
            fromWords: words(from, tr),
            toWords: words(to, tr),
          });
        }
      });
    }
    return changes;
  },
};
