// Agreement with the courts: test/judgments/judgments.yaml holds cases written from published
// judgments (the facts the court found, the court's holding per instrument). Each case is assessed
// and each holding compared with Continuum's verdict, in both modes: as found (a court decides on
// what was proven: facts not recorded are not established) and the investigator's (unknown stays
// unknown). A verdict that contradicts a holding
// (met for not met, or the reverse) fails the test; an undetermined verdict is a miss, counted
// apart by why it is open (the law contested, or facts the court did not speak to).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { validateFacts } from '../../src/facts/validate.js';
import { assessInstrument } from '../../src/law/assess.js';
import { findInstrument } from '../../src/law/instruments/index.js';
import type { Finding } from '../../src/law/logic/evaluate.js';

const judgmentSchema = z.strictObject({
  case: z.string(),
  court: z.string(),
  /** What was checked, against what source, and when (paragraph numbers not named there are approximate). */
  checked: z.string().optional(),
  summary: z.string(),
  facts: z.record(z.string(), z.unknown()),
  holdings: z.record(z.string(), z.enum(['met', 'not_met'])).default({}),
  /** Per instrument, why no holding is recorded (the court did not decide the definition, or its holding is not checked). */
  uncertain: z.record(z.string(), z.string()).optional(),
});
const judgments = z.array(judgmentSchema).parse(
  parseYaml(readFileSync(join(import.meta.dirname, '..', 'judgments', 'judgments.yaml'), 'utf8'), {
    uniqueKeys: true,
  }),
);

/** Whether some contested node of the tree is open because of the law. */
function lawOpen(finding: Finding): boolean {
  if (finding.openBecause === 'law') return true;
  return (finding.children ?? []).some(lawOpen);
}

type Outcome = 'agrees' | 'contradicts' | 'open-law' | 'open-facts';

function compare(asFound: boolean) {
  const rows: Array<{ case: string; instrument: string; court: string; ours: string; outcome: Outcome }> = [];
  for (const judgment of judgments) {
    const validation = validateFacts({ schemaVersion: 1, ...judgment.facts });
    if (!validation.ok) throw new Error(`${judgment.case}: ${JSON.stringify(validation.problems)}`);
    for (const [id, holding] of Object.entries(judgment.holdings)) {
      const instrument = findInstrument(id);
      if (!instrument) throw new Error(`${judgment.case}: no instrument ${id}`);
      const result = assessInstrument(instrument, validation.facts, { asFound });
      const ours = result.verdict;
      const outcome: Outcome =
        ours === holding
          ? 'agrees'
          : ours === 'undetermined'
            ? lawOpen(result.elements)
              ? 'open-law'
              : 'open-facts'
            : 'contradicts';
      rows.push({ case: judgment.case, instrument: id, court: holding, ours, outcome });
    }
  }
  return rows;
}

/** Continuum's verdict where the court's holding is not recorded (shown, not counted). */
function uncertainRows(asFound: boolean) {
  return judgments.flatMap((judgment) => {
    const validation = validateFacts({ schemaVersion: 1, ...judgment.facts });
    if (!validation.ok) throw new Error(`${judgment.case}: ${JSON.stringify(validation.problems)}`);
    const facts = validation.facts;
    return Object.keys(judgment.uncertain ?? {}).map((id) => {
      const instrument = findInstrument(id);
      if (!instrument) throw new Error(`${judgment.case}: no instrument ${id}`);
      return {
        case: judgment.case,
        instrument: id,
        ours: assessInstrument(instrument, facts, { asFound }).verdict,
      };
    });
  });
}

describe.each([
  ['as found', true],
  ['as an investigator sees it', false],
] as const)('agreement with published judgments, %s', (mode, asFound) => {
  const rows = compare(asFound);
  const count = (outcome: Outcome) => rows.filter((row) => row.outcome === outcome).length;

  it('has about twenty judgments, each with a holding or the reason none is recorded', () => {
    expect(judgments.length).toBeGreaterThanOrEqual(16);
    for (const judgment of judgments) {
      const ids = [...Object.keys(judgment.holdings), ...Object.keys(judgment.uncertain ?? {})];
      expect(ids.length).toBeGreaterThan(0);
      // One instrument is either held or uncertain, never both.
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('never contradicts a court: a met for a not met, or the reverse', () => {
    expect(rows.filter((row) => row.outcome === 'contradicts')).toEqual([]);
  });

  it('agrees with the court on most holdings (80% as found, 70% as an investigator); the misses are open, and say why', () => {
    const summary = {
      holdings: rows.length,
      agrees: count('agrees'),
      openBecauseLawContested: count('open-law'),
      openBecauseOfFacts: count('open-facts'),
      contradicts: count('contradicts'),
    };
    // Printed so the measured figure can be read from the test run.
    console.log(
      `judgments (${mode}):`,
      JSON.stringify(summary),
      rows.filter((row) => row.outcome !== 'agrees'),
      'not recorded (shown, not counted):',
      uncertainRows(asFound),
    );
    // As found is how a court decides (on its evidence): four holdings in five at least. The
    // investigator's view leaves open every fact the court did not speak to (a means not discussed,
    // an age not given), so it agrees less often by design; its misses must still all be open,
    // never contradictions (measured 3 Dec 2026: 25 of 27 as found, 21 of 27 as an investigator).
    expect(summary.agrees / summary.holdings).toBeGreaterThanOrEqual(asFound ? 0.8 : 0.7);
  });
});
