// Protection regimes, written from ../shared/reference/law.md §5–9 and §11 (not from the output).
import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../src/facts/schema.js';
import { evaluatePathway } from '../../src/pathways/evaluate.js';
import { findRegime, regimeFor } from '../../src/pathways/regimes/index.js';

function regime(id: string) {
  const found = findRegime(id);
  if (!found) throw new Error(`no regime ${id}`);
  return found;
}

/** A woman trafficked into the UK for prostitution by deception and violence. */
const womanSexual: CaseFacts = {
  schemaVersion: 1,
  events: { from: '2008-01-10', to: '2008-05-20' },
  person: { ageAtRecruitment: 24, ageAtExploitation: 24, gender: 'female', citizenships: ['AL'] },
  recruitment: { recruited: true, deceivedAbout: { natureOfJobLocationOrEmployer: true } },
  movement: { crossedBorder: true, transported: true },
  exploitation: { kinds: ['sexual'], sector: 'sex_industry' },
  control: { violence: true },
};

/** A man in forced agricultural labour after deceptive recruitment abroad. */
const manLabour: CaseFacts = {
  schemaVersion: 1,
  events: { from: '2008-01-10', to: '2008-05-20' },
  person: { ageAtRecruitment: 35, ageAtExploitation: 35, gender: 'male', citizenships: ['UA'] },
  recruitment: { recruited: true, deceivedAbout: { wages: true } },
  movement: { crossedBorder: true, transported: true },
  exploitation: { kinds: ['labour'], sector: 'agriculture' },
  control: { threatsOfViolence: true, documentsConfiscated: true, freeToLeave: false },
};

describe('regime selection by date', () => {
  it('a 2008 UK case uses uk-2008, a 2015 one the NRM, a 2024 one uk-naba-2023', () => {
    expect(regimeFor('GB', '2008-06-01')?.id).toBe('uk-2008');
    expect(regimeFor('GB', '2015-06-01')?.id).toBe('uk-nrm-2009');
    expect(regimeFor('GB', '2024-06-01')?.id).toBe('uk-naba-2023');
  });

  it('switches on the days the law changed (1 Apr 2009; 30 Jan 2023)', () => {
    expect(regimeFor('GB', '2009-03-31')?.id).toBe('uk-2008');
    expect(regimeFor('GB', '2009-04-01')?.id).toBe('uk-nrm-2009');
    expect(regimeFor('GB', '2023-01-29')?.id).toBe('uk-nrm-2009');
    expect(regimeFor('GB', '2023-01-30')?.id).toBe('uk-naba-2023');
  });
});

describe('uk-2008 (Poppy)', () => {
  it('excludes a man in labour exploitation, cooperating or not', () => {
    const result = evaluatePathway(regime('uk-2008'), manLabour, '2008-06-01');
    expect(result.eligibility.value).toBe('not_met');
    expect(result.eligibility.basis).toMatch(/a woman: not met/);
    expect(result.eligibility.basis).toMatch(/sexual exploitation: not met/);
    for (const branch of [result.branches.cooperating, result.branches.notCooperating]) {
      expect(branch.stages).toEqual([]);
      expect(branch.endState).toBe('asylum_claim_or_removal');
      // Gender and kind of exploitation decide it.
      const paths = branch.decidedBy.map((d) => d.path);
      expect(paths).toContain('person.gender');
      expect(paths).toContain('exploitation.kinds');
    }
  });

  it('gives a woman sexually exploited within three months four weeks of support, only if she cooperates', () => {
    const result = evaluatePathway(regime('uk-2008'), womanSexual, '2008-06-01');
    expect(result.eligibility.value).toBe('met');
    const cooperating = result.branches.cooperating;
    expect(cooperating.stages).toHaveLength(1);
    expect(cooperating.stages[0]).toMatchObject({ startDay: 0, endDay: 28, requiresCooperation: true });
    expect(cooperating.endState).toBe('asylum_claim_or_removal');
    expect(result.branches.notCooperating.stages).toEqual([]);
    expect(result.branches.notCooperating.endState).toBe('asylum_claim_or_removal');
  });

  it('excludes exploitation that ended more than three months before referral', () => {
    const result = evaluatePathway(regime('uk-2008'), womanSexual, '2008-09-01');
    expect(result.eligibility.value).toBe('not_met');
  });
});

describe('uk-nrm-2009', () => {
  const facts: CaseFacts = { ...manLabour, events: { from: '2014-01-01', to: '2015-04-01' } };

  it('reasonable grounds within 5 working days, then 45 days of recovery, then 1-year leave if cooperating', () => {
    // Wednesday 6 May 2015 + 5 working days = Wednesday 13 May.
    const result = evaluatePathway(regime('uk-nrm-2009'), facts, '2015-05-06');
    const [rg, recovery, leave] = result.branches.cooperating.stages;
    expect(rg).toMatchObject({ startDay: 0, endDay: 7, endDate: '2015-05-13' });
    expect(recovery).toMatchObject({
      startDay: 7,
      endDay: 52,
      entitlements: expect.arrayContaining(['no_removal']),
    });
    expect(leave).toMatchObject({ startDay: 52, endDay: 52 + 366, requiresCooperation: true });
    expect(result.branches.cooperating.endState).toBe('residence_permit');
    expect(result.branches.notCooperating.endState).toBe('discretionary');
  });

  it('counts working days: identified on a Saturday, the decision is due the next Friday', () => {
    const result = evaluatePathway(regime('uk-nrm-2009'), facts, '2015-05-02');
    expect(result.branches.cooperating.stages[0].endDate).toBe('2015-05-08');
  });
});

describe('uk-naba-2023', () => {
  const facts: CaseFacts = { ...manLabour, events: { from: '2023-06-01', to: '2024-01-15' } };

  it('at least 30 days of recovery; leave under s65 for cooperation; otherwise discretionary', () => {
    const result = evaluatePathway(regime('uk-naba-2023'), facts, '2024-02-01');
    const recovery = result.branches.cooperating.stages[1];
    expect(recovery.endDay! - recovery.startDay).toBe(30);
    expect(recovery.minimumOnly).toBe(true);
    expect(result.branches.cooperating.endState).toBe('residence_permit');
    expect(result.branches.notCooperating.endState).toBe('discretionary');
  });

  it('s63: a threat to public order may disqualify — removal without a recovery period', () => {
    const result = evaluatePathway(
      regime('uk-naba-2023'),
      { ...facts, authorities: { publicOrderConcern: true } },
      '2024-02-01',
    );
    expect(result.branches.cooperating.stages).toEqual([]);
    expect(result.branches.cooperating.endState).toBe('removal');
    expect(result.branches.cooperating.decidedBy.map((d) => d.path)).toContain(
      'authorities.publicOrderConcern',
    );
  });
});

describe('Italy Art 18 and EU 2004/81', () => {
  const facts: CaseFacts = { ...womanSexual, events: { from: '2019-01-01', to: '2019-06-01' } };

  it("Italy's social path grants a permit without cooperation; EU 2004/81 does not", () => {
    const italy = evaluatePathway(regime('it-art18'), facts, '2019-07-01').branches.notCooperating;
    expect(italy.endState).toBe('residence_permit');
    expect(italy.stages.some((s) => s.entitlements.includes('residence'))).toBe(true);
    expect(italy.stages.every((s) => !s.requiresCooperation)).toBe(true);
    // 6 months, then 1 year.
    expect(italy.stages.map((s) => s.endDate)).toEqual(['2020-01-01', '2021-01-01']);

    const eu = evaluatePathway(regime('eu-2004-81'), facts, '2019-07-01').branches.notCooperating;
    expect(eu.endState).toBe('removal');
    expect(eu.stages.some((s) => s.entitlements.includes('residence'))).toBe(false);
  });

  it('EU 2004/81: a permit of at least 6 months when cooperating; renewed contact with the exploiters ends it', () => {
    const cooperating = evaluatePathway(regime('eu-2004-81'), facts, '2019-07-01').branches.cooperating;
    expect(cooperating.endState).toBe('residence_permit');
    expect(cooperating.stages.at(-1)).toMatchObject({
      name: expect.stringMatching(/6 months/),
      requiresCooperation: true,
    });
    const contact = evaluatePathway(
      regime('eu-2004-81'),
      { ...facts, authorities: { renewedContactWithExploiters: true } },
      '2019-07-01',
    ).branches.cooperating;
    expect(contact.endState).toBe('removal');
  });

  it('EU 2004/81 covers third-country nationals only', () => {
    const romanian: CaseFacts = { ...facts, person: { ...facts.person, citizenships: ['RO'] } };
    expect(evaluatePathway(regime('eu-2004-81'), romanian, '2019-07-01').eligibility.value).toBe('not_met');
  });
});

describe('us-t-visa', () => {
  const minor: CaseFacts = {
    schemaVersion: 1,
    events: { from: '2019-05-01', to: '2019-09-01' },
    person: { ageAtRecruitment: 17, ageAtExploitation: 17 },
    recruitment: { recruited: true },
    movement: { harboured: true },
    exploitation: { kinds: ['sexual'], sector: 'sex_industry' },
  };

  it('cooperating: Continued Presence for 2 years, then T status (4 years), then permanent residence', () => {
    const result = evaluatePathway(regime('us-t-visa'), minor, '2019-10-01');
    const [cp, t] = result.branches.cooperating.stages;
    expect(cp).toMatchObject({ startDate: '2019-10-01', endDate: '2021-10-01', requiresCooperation: true });
    expect(t).toMatchObject({ startDate: '2021-10-01', endDate: '2025-10-01' });
    expect(result.branches.cooperating.endState).toBe('permanent_residence');
  });

  it('under 18: T status without cooperation', () => {
    const branch = evaluatePathway(regime('us-t-visa'), minor, '2019-10-01').branches.notCooperating;
    expect(branch.endState).toBe('permanent_residence');
    expect(branch.stages.every((s) => !s.requiresCooperation)).toBe(true);
  });

  it('an adult able to cooperate who does not: removal; with trauma: T status', () => {
    const adult: CaseFacts = {
      ...minor,
      person: { ageAtRecruitment: 25, ageAtExploitation: 25 },
      control: { violence: true },
      authorities: { unableToCooperateDueToTrauma: false },
    };
    expect(evaluatePathway(regime('us-t-visa'), adult, '2019-10-01').branches.notCooperating.endState).toBe(
      'removal',
    );
    const traumatised = { ...adult, authorities: { unableToCooperateDueToTrauma: true } };
    expect(
      evaluatePathway(regime('us-t-visa'), traumatised, '2019-10-01').branches.notCooperating.endState,
    ).toBe('permanent_residence');
  });

  it('T status lasted 3 years before VAWA 2005 (5 Jan 2006) and 4 years after', () => {
    const early = evaluatePathway(regime('us-t-visa'), minor, '2002-01-01').branches.cooperating.stages[1];
    expect(early).toMatchObject({ startDate: '2004-01-01', endDate: '2007-01-01' });
    const later = evaluatePathway(regime('us-t-visa'), minor, '2004-06-01').branches.cooperating.stages[1];
    expect(later).toMatchObject({ startDate: '2006-06-01', endDate: '2010-06-01' });
  });
});

describe('coe-2005', () => {
  it('at least 30 days without any cooperation condition; Art 13(3) public order releases the state', () => {
    const facts: CaseFacts = { ...manLabour, events: { from: '2012-01-01' } };
    const result = evaluatePathway(regime('coe-2005'), facts, '2012-06-01');
    const recovery = result.branches.notCooperating.stages[0];
    expect(recovery).toMatchObject({
      startDay: 0,
      endDay: 30,
      requiresCooperation: false,
      minimumOnly: true,
    });
    expect(result.branches.cooperating.stages.at(-1)?.endDay).toBeNull();
    const publicOrder = evaluatePathway(
      regime('coe-2005'),
      { ...facts, authorities: { publicOrderConcern: true } },
      '2012-06-01',
    );
    expect(publicOrder.branches.cooperating.endState).toBe('removal');
  });
});

describe('stage names say the length the law set', () => {
  const facts: CaseFacts = { ...manLabour, events: { from: '2014-01-01', to: '2015-04-01' } };
  const names = (id: string, start: string, lang?: 'fr' | 'es') =>
    evaluatePathway(regime(id), facts, start, lang).branches.cooperating.stages.map((s) => s.name);

  it('the UK recovery period: 45 days under the NRM, at least 30 days from 30 Jan 2023 (one parameter)', () => {
    expect(names('uk-nrm-2009', '2015-05-06')[1]).toBe('Recovery and reflection (45 days)');
    expect(names('uk-naba-2023', '2024-02-01')[1]).toBe(
      'Recovery period (at least 30 days, until conclusive grounds)',
    );
  });

  it('a regime reads the lengths of its own period, even for a stage that starts after it ended', () => {
    // Referred on 25 Jan 2023: the NRM's recovery period starts on 1 Feb 2023, under the NRM still.
    const nrm = evaluatePathway(regime('uk-nrm-2009'), facts, '2023-01-25').branches.cooperating.stages[1];
    expect(nrm.startDate > '2023-01-29').toBe(true);
    expect(nrm.endDay! - nrm.startDay).toBe(45);
    expect(nrm.name).toBe('Recovery and reflection (45 days)');
    // The 2023 regime shown for a 2015 identification keeps its own 30 days.
    const naba = evaluatePathway(regime('uk-naba-2023'), facts, '2015-05-06').branches.cooperating.stages[1];
    expect(naba.endDay! - naba.startDay).toBe(30);
  });

  it('in the language asked for, with the length in its words', () => {
    expect(names('uk-nrm-2009', '2015-05-06', 'fr')[1]).toBe('Rétablissement et réflexion (45 jours)');
    expect(names('uk-nrm-2009', '2015-05-06', 'es')[2]).toBe(
      'Permiso de residencia discrecional (1 año, renovable)',
    );
    expect(names('us-t-visa', '2019-10-01')[0]).toBe('Continued Presence (2 years)');
    const poppy = evaluatePathway(regime('uk-2008'), womanSexual, '2008-06-01').branches.cooperating;
    expect(poppy.stages.map((s) => s.name)).toEqual(['Poppy support (4 weeks)']);
  });
});
