// `continuum compare`: one row per instrument with the element that decided it. Expectations are
// written from the law (../shared/reference/law.md §1, §7.3, §8.1), not copied from the output.
import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../src/facts/schema.js';
import { assess } from '../../src/law/assess.js';
import { type CompareRow, compareCase } from '../../src/law/compare.js';
import { instruments } from '../../src/law/instruments/index.js';
import { runCli, tempFile } from '../support/cli.js';

const noMeans = {
  deceivedAbout: { natureOfJobLocationOrEmployer: false, wages: false, conditionsOfWork: false },
};

/** An adult driven within one country and sexually exploited, no means used or known. */
const adultTravelNoMeans: CaseFacts = {
  schemaVersion: 1,
  events: { from: '2018-06-01' },
  person: { ageAtRecruitment: 26, ageAtExploitation: 26 },
  recruitment: { recruited: true, ...noMeans },
  movement: { crossedBorder: false, transported: true },
  exploitation: { kinds: ['sexual'], thirdPartyProfitsFromProstitution: true },
};

/** A 17-year-old recruited and harboured for commercial sex. */
const minorCommercialSex: CaseFacts = {
  schemaVersion: 1,
  events: { from: '2019-05-01' },
  person: { ageAtRecruitment: 17, ageAtExploitation: 17 },
  recruitment: { recruited: true },
  movement: { harboured: true },
  exploitation: { kinds: ['sexual'], sector: 'sex_industry' },
};

function rowOf(rows: CompareRow[], id: string): CompareRow {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
}

describe('compareCase', () => {
  it('has one row per registered instrument, in registry order', () => {
    const { rows } = compareCase(adultTravelNoMeans, assess(adultTravelNoMeans));
    expect(rows.map((r) => r.id)).toEqual(instruments.map((i) => i.id));
  });

  it('a 17-year-old in commercial sex: met by the child rules, the US through (A) without means', () => {
    const { rows } = compareCase(minorCommercialSex, assess(minorCommercialSex));
    const us = rowOf(rows, 'us-tvpa');
    expect(us.verdict).toBe('met');
    expect(us.decidedBy.map((d) => d.id)).toEqual(['severe-sex-trafficking']);
    expect(rowOf(rows, 'un-trafficking-protocol').decidedBy.map((d) => d.id)).toEqual(['child-trafficking']);
  });

  it('UK s2 needs travel but no means: met by s2 where the means question keeps Palermo open', () => {
    const { rows } = compareCase(adultTravelNoMeans, assess(adultTravelNoMeans));
    const uk = rowOf(rows, 'uk-modern-slavery-act');
    expect(uk.verdict).toBe('met');
    expect(uk.decidedBy.map((d) => d.id)).toEqual(['s2']);
    const palermo = rowOf(rows, 'un-trafficking-protocol');
    expect(palermo.verdict).toBe('undetermined');
    expect(palermo.decidedBy.map((d) => d.id)).toContain('means');
    expect(palermo.pivotal.length).toBeGreaterThan(0);
  });

  it('not met: the first failing element of each alternative, or the exception that excluded it', () => {
    // Smuggled, then free: no exploitation happened or was intended (kinds: []).
    const facts: CaseFacts = {
      schemaVersion: 1,
      events: { from: '2016-01-01' },
      person: { ageAtRecruitment: 30, ageAtExploitation: 30 },
      movement: { crossedBorder: true, entry: 'irregular', entryProcuredByAnother: true },
      exploitation: { kinds: [] },
    };
    const { rows } = compareCase(facts, assess(facts));
    const us = rowOf(rows, 'us-tvpa');
    expect(us.verdict).toBe('not_met');
    // (A) fails on the commercial sex purpose, (B) on labour or services.
    expect(us.decidedBy.map((d) => d.id)).toEqual(['commercial-sex-act', 'labor-or-services']);
    const palermo = rowOf(rows, 'un-trafficking-protocol');
    expect(palermo.verdict).toBe('not_met');
    expect(palermo.decidedBy.find((d) => d.exception)?.id).toBe('no-exploitation');
  });

  it('law out of force gives a reason and no decider', () => {
    const old: CaseFacts = { ...minorCommercialSex, events: { from: '2005-01-01', to: '2005-12-31' } };
    const uk = rowOf(compareCase(old, assess(old)).rows, 'uk-modern-slavery-act');
    expect(uk.verdict).toBe('not_applicable');
    expect(uk.decidedBy).toEqual([]);
    expect(uk.reason).toMatch(/31 Jul 2015/);
  });
});

describe('continuum compare (CLI)', () => {
  const cli = (args: string[]) => runCli(['compare', ...args]);

  it('prints the versioned JSON contract', async () => {
    const { code, stdout } = await cli([tempFile(minorCommercialSex), '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.schemaVersion).toBe(1);
    expect(json.case.eventDate).toBe('2019-05-01');
    expect(json.lang).toBe('en');
    expect(Object.keys(json.rows[0]).sort()).toEqual(
      [
        'binding',
        'decidedBy',
        'id',
        'level',
        'pivotal',
        'reason',
        'reasonMessage',
        'title',
        'verdict',
      ].sort(),
    );
    // The binding's reason comes as a message too: a law-catalogue key and its values (codes).
    expect(json.rows[0].binding.message.id).toMatch(/^law\./);
  });

  it('prints a table for people', async () => {
    const { code, stdout } = await cli([tempFile(minorCommercialSex)]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/us-tvpa\s+✓ met/);
  });

  it('reports bad input with JSON paths, exit 2, no stack trace', async () => {
    const { code, stderr } = await cli([tempFile({ schemaVersion: 1, person: { ageAtRecruitment: 'old' } })]);
    expect(code).toBe(2);
    expect(stderr).toContain('person.ageAtRecruitment');
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
