// The Delphi profile of a case: for each of the six dimensions, the indicators observed and still
// possible by grade, and whether the dimension is positive; then the combination (law.md §4.2).
// Which list applies follows from the facts: the child list for a child (Palermo Art 3(d)), the
// sexual list where the exploitation includes sexual exploitation (lists.ts). Where that is unknown, every
// list it could be is evaluated and a result is given only where they agree.

import type { CaseFacts } from '../facts/schema.js';
import { type Lang, translator } from '../i18n/index.js';
import type { Certainty } from '../law/logic/citation.js';
import {
  evaluate,
  type FactReader,
  type FactReading,
  type Finding,
  readerFor,
  truthOf,
} from '../law/logic/evaluate.js';
import { pathsRead, type Rule } from '../law/logic/rule.js';
import type { Truth } from '../law/logic/truth.js';
import { delphiRules, graded, palermoChildMinimumRule } from './delphi.js';
import { agree, type Candidates, candidatesOf, type Pivotal, pivotalOf } from './fact-changes.js';
import { dimensions, gradeOn } from './indicators/index.js';
import { combinationCite, dimensionRuleCite } from './indicators/source.js';
import { type DimensionId, type Grade, type ListId, listIds, type Phase } from './indicators/types.js';
import { childRule, listsFor, listsFrom, type RuleTruth, sexualRule } from './lists.js';
import { type SurveyCategory, surveyCategory } from './survey.js';

export type GradeCounts = { strong: number; medium: number; weak: number };

export type IndicatorReading = {
  id: string;
  name: string;
  grade: Grade;
  /** met = observed, not_met = known absent, undetermined = unknown. */
  value: Truth;
  /** The facts read, as they are in the case (null = unknown). */
  facts: FactReading[];
  /** How sure the grade is: the brief's tag ([S] transcription, [M] from memory). */
  gradeCertainty: Certainty;
  /** The grade is the labour list's, standing in for a sexual list that the brief lacks. */
  gradeApproximated?: boolean;
};

export type DimensionProfile = {
  id: DimensionId;
  name: string;
  phase: Phase;
  palermoElement: 'means' | 'purpose';
  /** Observed indicators by grade, on the list shown. */
  strong: number;
  medium: number;
  weak: number;
  /** Observed plus unknown indicators by grade: the most the dimension could have. */
  possible: GradeCounts;
  /** met: positive for sure; not_met: cannot be positive even if every unknown were observed. */
  positive: Truth;
  indicators: IndicatorReading[];
};

export type Profile = {
  /** The list whose counts are shown (the adult and labour lists stand in when unknown). */
  list: ListId;
  /** Every list the case could fall under; results are given where they all agree. */
  lists: ListId[];
  childhood: Truth;
  sexual: Truth;
  /** A sexual-exploitation list is used, and the brief lacks most of its grades (law.md §4.4). */
  approximated: boolean;
  dimensions: DimensionProfile[];
  /** (D1 or D2 or D3) and D4 and (D5 or D6). */
  delphiTrafficking: Truth;
  /** For a child (or a person who may be one): both results the brief recommends (§4.2). */
  child: { delphiStructural: Truth; palermoChildMinimum: Truth } | null;
  survey: SurveyCategory;
  /** Unknown facts that alone would settle an undetermined `delphiTrafficking`. */
  pivotal: Pivotal[];
  cites: { dimensionRule: typeof dimensionRuleCite; combination: typeof combinationCite };
  notes: string[];
};

function dimensionOn(read: FactReader, id: DimensionId, list: ListId, lang?: Lang): DimensionProfile {
  const tr = translator(lang);
  const dimension = dimensions.find((d) => d.id === id)!;
  const counts: GradeCounts = { strong: 0, medium: 0, weak: 0 };
  const possible: GradeCounts = { strong: 0, medium: 0, weak: 0 };
  const readings: IndicatorReading[] = graded(dimension, list).map(({ indicator, grade }) => {
    const value = truthOf(indicator.rule, read);
    if (value === 'met') counts[grade] += 1;
    if (value !== 'not_met') possible[grade] += 1;
    const paths = pathsRead(indicator.rule);
    const reading: IndicatorReading = {
      id: indicator.id,
      name: tr.dynamic(`continuum.indicator.${indicator.id}`),
      grade,
      gradeCertainty: indicator.cite.certainty ?? 'M',
      value,
      facts: paths.map((path) => ({ path, value: read(path) ?? null })),
    };
    if (gradeOn(indicator, list).approximated) reading.gradeApproximated = true;
    return reading;
  });
  return {
    id,
    name: tr.dynamic(`continuum.dimension.${id}`),
    phase: dimension.phase,
    palermoElement: dimension.palermoElement,
    ...counts,
    possible,
    positive: truthOf(delphiRules(list).dimensions[id], read),
    indicators: readings,
  };
}

/** Whether the case is trafficking by the Delphi combination, over every list the facts allow. */
export function delphiTraffickingOf(read: FactReader): Truth {
  return agree(listsFor(read).lists.map((list) => truthOf(delphiRules(list).trafficking, read)));
}

/** D4 positive over every list the facts allow (used by the bands). */
export function exploitativeConditionsOf(read: FactReader): Truth {
  return exploitativeConditions((rule) => truthOf(rule, read));
}

/** The same, however rules are evaluated (the CTDC import evaluates compiled rules). */
export function exploitativeConditions(truth: RuleTruth): Truth {
  return agree(listsFrom(truth).lists.map((list) => truth(delphiRules(list).dimensions.D4)));
}

/** Every rule exploitativeConditions may ask about. */
export const exploitativeConditionsRules: readonly Rule[] = [
  childRule,
  sexualRule,
  ...listIds.map((list) => delphiRules(list).dimensions.D4),
];

let candidateCache: Candidates | undefined;

/** Every fact the Delphi results may read, with values worth trying (ages and kinds choose the list). */
export function delphiCandidates(): Candidates {
  candidateCache ??= candidatesOf([
    childRule,
    sexualRule,
    ...(['adult-labour', 'child-labour', 'adult-sexual', 'child-sexual'] as const).map(
      (list) => delphiRules(list).trafficking,
    ),
  ]);
  return candidateCache;
}

/**
 * `pivotal: false` skips the search for settling facts (what-if snapshots do not show them); names,
 * notes and questions are in `lang` (English by default).
 */
export function profileOf(read: FactReader, options: { pivotal?: boolean; lang?: Lang } = {}): Profile {
  const { t } = translator(options.lang);
  const { lists, childhood, sexual } = listsFor(read);
  const primary = lists[0];
  const notes: string[] = [];
  const dims = dimensions.map((d) => {
    const shown = dimensionOn(read, d.id, primary, options.lang);
    shown.positive = agree(lists.map((list) => truthOf(delphiRules(list).dimensions[d.id], read)));
    return shown;
  });
  const approximated = lists.some((list) => list.endsWith('sexual'));
  if (childhood === 'undetermined') {
    notes.push(t('continuum.note.childhoodUnknown'));
  }
  if (sexual === 'undetermined') {
    notes.push(t('continuum.note.kindsUnknown'));
  }
  if (approximated) {
    // The brief (law.md §4.4) lacks the sexual-exploitation lists' grades.
    notes.push(t('continuum.note.approximated'));
  }
  const childLists = lists.filter((list) => list.startsWith('child'));
  const child =
    childLists.length === 0
      ? null
      : {
          delphiStructural: agree(childLists.map((list) => truthOf(delphiRules(list).trafficking, read))),
          palermoChildMinimum: agree(childLists.map((list) => truthOf(palermoChildMinimumRule(list), read))),
        };
  if (child && childhood === 'undetermined') {
    notes.push(t('continuum.note.childResultsConditional'));
  }
  return {
    list: primary,
    lists,
    childhood,
    sexual,
    approximated,
    dimensions: dims,
    delphiTrafficking: delphiTraffickingOf(read),
    child,
    survey: surveyCategory(read),
    pivotal:
      options.pivotal === false ? [] : pivotalOf(delphiTraffickingOf, delphiCandidates(), read, options.lang),
    cites: { dimensionRule: dimensionRuleCite, combination: combinationCite },
    notes,
  };
}

export function profile(facts: CaseFacts, lang?: Lang): Profile {
  return profileOf(readerFor(facts), { lang });
}

/**
 * The finding trees of the Delphi rules on one list (the first the facts allow unless named):
 * the whole explanation, node by node, with the facts each leaf read and each rule's citation.
 */
export function explainDelphi(facts: CaseFacts, list?: ListId): { list: ListId; trafficking: Finding } {
  const read = readerFor(facts);
  const chosen = list ?? listsFor(read).lists[0];
  return { list: chosen, trafficking: evaluate(delphiRules(chosen).trafficking, read) };
}
