// Band rules: data scenarios (test/scenarios/continuum/bands.json) and the placement explanation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BandId, bandIds, bandPlacement, bandRangeOf } from '../../src/continuum/bands.js';
import { profile } from '../../src/continuum/profile.js';
import { type CaseFacts, caseFactsSchema } from '../../src/facts/schema.js';
import { readerFor } from '../../src/law/logic/evaluate.js';
import type { Truth } from '../../src/law/logic/truth.js';
import { baseline, merge, setPath } from './support.js';

type Scenario = {
  name: string;
  description: string;
  present: Record<string, string[]>;
  facts: Record<string, unknown>;
  expected: {
    band: { lowest: BandId; highest: BandId };
    dimensions?: Record<string, Truth>;
    delphiTrafficking?: Truth;
    survey?: string;
  };
};

const file = join(import.meta.dirname, '..', 'scenarios', 'continuum', 'bands.json');
const { scenarios } = JSON.parse(readFileSync(file, 'utf8')) as { scenarios: Scenario[] };

describe.each(scenarios.map((s) => [s.name, s] as const))('band scenario %s', (_name, scenario) => {
  const facts = merge(baseline(scenario.present), scenario.facts) as CaseFacts;

  it('is a valid case', () => {
    expect(caseFactsSchema.safeParse(facts).success).toBe(true);
  });

  it(`sits in ${scenario.expected.band.lowest} … ${scenario.expected.band.highest}`, () => {
    expect(bandRangeOf(readerFor(facts))).toEqual(scenario.expected.band);
    const p = profile(facts);
    for (const [id, value] of Object.entries(scenario.expected.dimensions ?? {})) {
      expect(p.dimensions.find((d) => d.id === id)!.positive, id).toBe(value);
    }
    if (scenario.expected.delphiTrafficking)
      expect(p.delphiTrafficking).toBe(scenario.expected.delphiTrafficking);
    if (scenario.expected.survey) expect(p.survey.category).toBe(scenario.expected.survey);
  });
});

const rank = (id: BandId) => bandIds.indexOf(id);

describe('band placement: what placed the case and what would move it', () => {
  const severe = merge(baseline(), { exploitation: { hoursPerWeek: 70, pay: 'token' } }) as CaseFacts;

  it('names the facts that placed it', () => {
    const placement = bandPlacement(severe);
    expect(placement.lowest).toBe('severe_exploitation');
    const paths = placement.placedBy.map((f) => f.path);
    expect(paths).toContain('exploitation.hoursPerWeek');
    expect(paths).toContain('exploitation.pay');
  });

  it('every reported move gives the band reported, and moves the band the way it says', () => {
    // D4 positive on the caseworker's flags (the numbers are within the limits).
    const flagged = merge(baseline({ D4: ['excessiveHours', 'badLivingConditions'] }), {}) as CaseFacts;
    const placement = bandPlacement(flagged);
    expect(placement.lowest).toBe('severe_exploitation');
    expect(placement.up.length).toBeGreaterThan(0);
    for (const move of placement.up) {
      expect(bandRangeOf(readerFor(setPath(flagged, move.path, move.to)))).toEqual(move.band);
      expect(rank(move.band.lowest)).toBeGreaterThan(rank(placement.lowest));
    }
    for (const move of placement.down) {
      expect(bandRangeOf(readerFor(setPath(flagged, move.path, move.to)))).toEqual(move.band);
      expect(rank(move.band.lowest)).toBeLessThan(rank(placement.lowest));
    }
    // Without the excessive hours only one medium indicator is left: a labour rights violation.
    const down = placement.down.find((m) => m.path === 'exploitation.conditions.excessiveHours');
    expect(down).toMatchObject({ to: false, kind: 'change', band: { lowest: 'labour_rights_violations' } });
  });

  it('with everything known and D4 read from the numbers, no yes/no flip lowers it', () => {
    // Known enumerations and numbers are answered, never swapped for one another.
    expect(bandPlacement(severe).down).toEqual([]);
  });

  it('not being free to leave, with a penalty, is the nearest way up to forced labour', () => {
    const facts = setPath(severe, 'control.documentsConfiscated', true);
    const placement = bandPlacement(facts);
    expect(placement.lowest).toBe('severe_exploitation');
    expect(placement.up.map((m) => `${m.path}=${String(m.to)}`)).toContain('control.freeToLeave=false');
    expect(placement.up.find((m) => m.path === 'control.freeToLeave')!.band.lowest).toBe('forced_labour');
  });
});
