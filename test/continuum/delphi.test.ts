// The Delphi decision rule (law.md §4.2) on the indicator lists (§4.3): thresholds, phases, lists,
// the combination, and how unknown indicators are counted.
import { describe, expect, it } from 'vitest';
import { positiveCounts } from '../../src/continuum/delphi.js';
import { dimensions, indicators } from '../../src/continuum/indicators/index.js';
import { explainDelphi, profile } from '../../src/continuum/profile.js';
import type { CaseFacts } from '../../src/facts/schema.js';
import { adult, allKnown, child } from './support.js';

const dim = (facts: CaseFacts, id: string) => profile(facts).dimensions.find((d) => d.id === id)!;

describe('step 1: when a dimension is positive (S strong, M medium, W weak observed)', () => {
  it.each([
    [2, 0, 0, true],
    [1, 1, 0, true],
    [1, 0, 1, true],
    [0, 3, 0, true],
    [0, 2, 1, true],
    [1, 0, 0, false],
    [0, 2, 0, false],
    [0, 1, 2, false],
    [0, 0, 1, false],
    [0, 0, 9, false],
    [0, 1, 1, false],
  ])('S %i, M %i, W %i → %s', (s, m, w, expected) => {
    expect(positiveCounts(s, m, w)).toBe(expected);
  });

  // The same thresholds through the real indicator lists, every other indicator known absent.
  it('1 strong alone → negative (D5: documents confiscated)', () => {
    const d = dim(allKnown({ D5: ['documentsConfiscated'] }), 'D5');
    expect([d.strong, d.medium, d.weak, d.positive]).toEqual([1, 0, 0, 'not_met']);
  });
  it('2 medium → negative (D5: threat of denunciation, wages withheld)', () => {
    const d = dim(allKnown({ D5: ['threatOfDenunciationToAuthorities', 'wagesWithheld'] }), 'D5');
    expect([d.strong, d.medium, d.weak, d.positive]).toEqual([0, 2, 0, 'not_met']);
  });
  it('1 medium + 2 weak → negative (D3, adult list)', () => {
    const d = dim(allKnown({ D3: ['economicNeed', 'culturalOrReligiousBeliefs', 'generalContext'] }), 'D3');
    expect([d.strong, d.medium, d.weak, d.positive]).toEqual([0, 1, 2, 'not_met']);
  });
  it('weak alone → negative, however many (D3: all four weak items)', () => {
    const weak = ['pastDifficulties', 'travelDifficulty', 'culturalOrReligiousBeliefs', 'generalContext'];
    const d = dim(allKnown({ D3: weak }), 'D3');
    expect([d.strong, d.medium, d.weak, d.positive]).toEqual([0, 0, 4, 'not_met']);
  });
  it('2 medium + 1 weak → positive (D3)', () => {
    const d = dim(allKnown({ D3: ['economicNeed', 'lackOfInformation', 'generalContext'] }), 'D3');
    expect([d.strong, d.medium, d.weak, d.positive]).toEqual([0, 2, 1, 'met']);
  });
  it('1 strong + 1 weak → positive (D5: violence, threat to inform family)', () => {
    expect(dim(allKnown({ D5: ['violence', 'threatsToInformFamilyOrCommunity'] }), 'D5').positive).toBe(
      'met',
    );
  });
  it('3 medium → positive (D1)', () => {
    expect(
      dim(allKnown({ D1: ['wages', 'conditionsOfWork', 'housingAndLivingConditions'] }), 'D1').positive,
    ).toBe('met');
  });
});

describe('phase: the same fact weighs differently at recruitment and at destination', () => {
  it('document confiscation is medium in D2 and strong in D5', () => {
    const facts = allKnown({
      D2: ['documentsConfiscated', 'threatsOfViolence'],
      D5: ['documentsConfiscated', 'threatsOfViolence'],
    });
    const d2 = dim(facts, 'D2');
    const d5 = dim(facts, 'D5');
    expect([d2.strong, d2.medium, d2.positive]).toEqual([0, 2, 'not_met']);
    expect([d5.strong, d5.medium, d5.positive]).toEqual([1, 1, 'met']);
  });
});

describe('lists', () => {
  it('a child is read on the child list, where debt bondage and threats of violence at recruitment are strong', () => {
    const present = { D2: ['debtBondage', 'threatsOfViolence'] };
    expect(dim(allKnown(present, { person: adult }), 'D2').positive).toBe('not_met');
    const forChild = profile(allKnown(present, { person: child }));
    expect(forChild.list).toBe('child-labour');
    expect(forChild.dimensions.find((d) => d.id === 'D2')!.strong).toBe(2);
    expect(forChild.dimensions.find((d) => d.id === 'D2')!.positive).toBe('met');
  });

  it('unknown age: both lists are read and a dimension is settled only where they agree', () => {
    const present = { D2: ['debtBondage', 'threatsOfViolence'] };
    const p = profile(allKnown(present, { person: {} }));
    expect(p.childhood).toBe('undetermined');
    expect(p.lists).toEqual(['adult-labour', 'child-labour']);
    expect(p.dimensions.find((d) => d.id === 'D2')!.positive).toBe('undetermined');
    // Both lists agree that 2 strong at destination is positive.
    const both = profile(allKnown({ D5: ['violence', 'debtBondage'] }, { person: {} }));
    expect(both.dimensions.find((d) => d.id === 'D5')!.positive).toBe('met');
    expect(p.notes.join(' ')).toMatch(/child is unknown/);
  });

  it('sexual exploitation uses the sexual list, approximated; forced tasks or clients is strong there', () => {
    const facts = allKnown(
      { D5: ['forcedTasksOrClients', 'threatOfDenunciationToAuthorities'] },
      { exploitation: { kinds: ['sexual'] } },
    );
    const p = profile(facts);
    expect(p.list).toBe('adult-sexual');
    expect(p.approximated).toBe(true);
    const d5 = p.dimensions.find((d) => d.id === 'D5')!;
    expect([d5.strong, d5.medium, d5.positive]).toEqual([1, 1, 'met']);
    // On the labour list the same facts are two medium indicators: negative.
    expect(
      dim(allKnown({ D5: ['forcedTasksOrClients', 'threatOfDenunciationToAuthorities'] }), 'D5').positive,
    ).toBe('not_met');
    expect(profile(allKnown()).approximated).toBe(false);
  });

  it('every indicator has a grade on the adult-labour list except where the brief marks it absent', () => {
    const absentForChild = indicators.filter((i) => i.grades.childLabour === null).map((i) => i.id);
    expect(absentForChild.sort()).toEqual([
      'D3-falseInformationAboutLawOrAuthorities',
      'D4-noSocialProtection',
    ]);
    expect(indicators.every((i) => i.grades.adultLabour !== null)).toBe(true);
    // Strong indicators per dimension on the adult list (law.md §4.3: 1, 1, 0, 1, 4, 0).
    const strong = dimensions.map(
      (d) => d.indicators.filter((i) => i.grades.adultLabour === 'strong').length,
    );
    expect(strong).toEqual([1, 1, 0, 1, 4, 0]);
  });
});

describe('unknown indicators: observed and possible counts', () => {
  it('1 strong observed with the rest unknown is undetermined; 2 strong observed is met', () => {
    const one: CaseFacts = { schemaVersion: 1, person: adult, control: { documentsConfiscated: true } };
    const d = dim(one, 'D5');
    expect(d.strong).toBe(1);
    expect(d.possible.strong).toBe(4);
    expect(d.positive).toBe('undetermined');
    const two: CaseFacts = { ...one, control: { documentsConfiscated: true, debtBondage: true } };
    expect(dim(two, 'D5').positive).toBe('met');
  });

  it('only weak indicators left unknown cannot make a dimension positive', () => {
    const facts = allKnown();
    (facts.vulnerabilityAtDestination as Record<string, unknown>).pastDifficulties = null;
    (facts.vulnerabilityAtDestination as Record<string, unknown>).personalCharacteristics = null;
    const d6 = dim(facts, 'D6');
    expect(d6.possible).toEqual({ strong: 0, medium: 0, weak: 2 });
    expect(d6.positive).toBe('not_met');
  });
});

describe('derived D4 indicators', () => {
  it('hours above 48 a week are excessive hours (strong); 48 is not', () => {
    const base = allKnown();
    const d4 = (hours: number) => {
      const facts = structuredClone(base);
      facts.exploitation!.hoursPerWeek = hours;
      facts.exploitation!.conditions!.excessiveHours = null;
      return dim(facts, 'D4');
    };
    expect(d4(60).strong).toBe(1);
    expect(d4(48).strong).toBe(0);
    expect(d4(48).possible.strong).toBe(1); // the flag (excessive days) is still unknown
  });

  it('pay of none, a token or below the minimum is low or no salary', () => {
    for (const [pay, expected] of [
      ['token', 1],
      ['none', 1],
      ['below_legal_minimum', 1],
      ['at_or_above_legal_minimum', 0],
    ] as const) {
      const facts = allKnown();
      facts.exploitation!.pay = pay;
      expect(dim(facts, 'D4').medium).toBe(expected);
    }
  });
});

describe('step 2: the combination (D1 or D2 or D3) and D4 and (D5 or D6)', () => {
  const recruitment = { D1: ['natureOfJobLocationOrEmployer', 'wages'] };
  const conditions = { D4: ['excessiveHours', 'badLivingConditions'] };
  const destination = { D5: ['documentsConfiscated', 'violence'] };

  it('all three parts positive → trafficking by the indicators', () => {
    expect(profile(allKnown({ ...recruitment, ...conditions, ...destination })).delphiTrafficking).toBe(
      'met',
    );
  });
  it('no recruitment means → negative', () => {
    expect(profile(allKnown({ ...conditions, ...destination })).delphiTrafficking).toBe('not_met');
  });
  it('no exploitative conditions → negative', () => {
    expect(profile(allKnown({ ...recruitment, ...destination })).delphiTrafficking).toBe('not_met');
  });
  it('no coercion or abuse of vulnerability at destination → negative', () => {
    expect(profile(allKnown({ ...recruitment, ...conditions })).delphiTrafficking).toBe('not_met');
  });
  it('abuse of vulnerability (D3, D6) can stand in for deception and coercion', () => {
    const facts = allKnown({
      D3: ['economicNeed', 'lackOfInformation', 'irregularStatus'],
      ...conditions,
      D6: ['dependencyOnExploiters', 'economicNeed', 'familySituation'],
    });
    expect(profile(facts).delphiTrafficking).toBe('met');
  });
  it('the combination rule carries its [M] tag, the dimension rule its [S] tag', () => {
    const p = profile(allKnown());
    expect(p.cites.combination.certainty).toBe('M');
    expect(p.cites.dimensionRule.certainty).toBe('S');
  });
});

describe('children: the Delphi result on the child list and the Palermo child minimum', () => {
  it('a recruited child in exploitative conditions meets the Palermo minimum without any means', () => {
    const facts = allKnown(
      { D4: ['excessiveHours', 'noAccessToEducation'] },
      { person: child, recruitment: { recruited: true } },
    );
    const p = profile(facts);
    expect(p.child).toEqual({ delphiStructural: 'not_met', palermoChildMinimum: 'met' });
  });
  it('an adult has no child results', () => {
    expect(profile(allKnown()).child).toBeNull();
  });
});

describe('ILO survey categories', () => {
  it('exploited but neither deceived nor coerced: exploited migrant', () => {
    expect(profile(allKnown({ D4: ['excessiveHours', 'badLivingConditions'] })).survey.category).toBe(
      'exploited_migrant',
    );
  });
  it('nothing at all: successful migrant', () => {
    expect(profile(allKnown()).survey.category).toBe('successful_migrant');
  });
  it('deceived, exploited and coerced at destination: trafficked for forced labour', () => {
    const facts = allKnown({
      D1: ['natureOfJobLocationOrEmployer', 'wages'],
      D4: ['excessiveHours', 'badLivingConditions'],
      D5: ['documentsConfiscated', 'violence'],
    });
    expect(profile(facts).survey.category).toBe('trafficked_for_forced_labour');
  });
});

describe('explanation', () => {
  it('the finding tree agrees with the profile and carries the tags of the rules', () => {
    const facts = allKnown({
      D1: ['natureOfJobLocationOrEmployer', 'wages'],
      D4: ['excessiveHours', 'badLivingConditions'],
      D5: ['documentsConfiscated', 'violence'],
    });
    const { list, trafficking } = explainDelphi(facts);
    expect(list).toBe('adult-labour');
    expect(trafficking.value).toBe(profile(facts).delphiTrafficking);
    expect(trafficking.cite?.certainty).toBe('M');
    const d5 = trafficking.children![2].children!.find((c) => c.id === 'D5-positive')!;
    expect(d5.value).toBe('met');
    expect(d5.cite?.certainty).toBe('S');
  });
});
