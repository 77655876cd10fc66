// Building facts for continuum tests: a dimension with every indicator known absent except the
// ones named, so thresholds can be tested exactly.

import type { CaseFacts } from '../../src/facts/schema.js';
import {
  coercedByItems,
  conditionItems,
  controlItems,
  deceivedAboutItems,
  vulnerabilityAbusedItems,
  vulnerabilityAtDestinationItems,
} from '../../src/facts/schema.js';

export const adult = { ageAtRecruitment: 30, ageAtExploitation: 30 };
export const child = { ageAtRecruitment: 15, ageAtExploitation: 16 };

function flags(items: readonly string[], present: readonly string[]): Record<string, boolean> {
  for (const key of present) if (!items.includes(key)) throw new Error(`not an item: ${key}`);
  return Object.fromEntries(items.map((key) => [key, present.includes(key)]));
}

/** Every fact of every dimension known; only the named ones present. */
export function allKnown(
  present: {
    D1?: string[];
    D2?: string[];
    D3?: string[];
    D4?: string[];
    D5?: string[];
    D6?: string[];
  } = {},
  base: Partial<CaseFacts> = {},
): CaseFacts {
  return {
    schemaVersion: 1,
    person: adult,
    ...base,
    recruitment: {
      ...(base.recruitment ?? {}),
      deceivedAbout: flags(deceivedAboutItems, present.D1 ?? []),
      coercedBy: flags(coercedByItems, present.D2 ?? []),
      vulnerabilityAbused: flags(vulnerabilityAbusedItems, present.D3 ?? []),
    },
    exploitation: {
      kinds: ['labour'],
      ...(base.exploitation ?? {}),
      conditions: flags(conditionItems, present.D4 ?? []),
    },
    control: { ...flags(controlItems, present.D5 ?? []), ...(base.control ?? {}) },
    vulnerabilityAtDestination: flags(vulnerabilityAtDestinationItems, present.D6 ?? []),
  } as CaseFacts;
}

export function setPath<T>(facts: T, path: string, value: unknown): T {
  const copy = structuredClone(facts) as Record<string, unknown>;
  const keys = path.split('.');
  let node = copy;
  for (const key of keys.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
  return copy as T;
}

/** The baseline the scenario file describes: decent, known, adult work. */
export function baseline(present: Record<string, string[]> = {}): CaseFacts {
  return allKnown(present, {
    recruitment: { recruited: false, paymentToPersonInControl: false, initialConsent: true },
    movement: {
      crossedBorder: false,
      transported: false,
      transferredOrSold: false,
      harboured: false,
      received: false,
    },
    exploitation: {
      kinds: ['labour'],
      hoursPerWeek: 40,
      pay: 'at_or_above_legal_minimum',
      treatedAsProperty: false,
      believedSituationPermanent: false,
      livesOnEmployersPremises: false,
    },
    control: { freeToLeave: true },
  });
}

/** Deep merge of plain objects; arrays and null replace. */
export function merge(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const result: Record<string, unknown> = {
    ...(target && typeof target === 'object' ? (target as Record<string, unknown>) : {}),
  };
  for (const [key, value] of Object.entries(patch)) result[key] = merge(result[key], value);
  return result;
}
