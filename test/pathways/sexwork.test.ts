// Prostitution regimes, written from ../shared/reference/law.md §10 (not from the output).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../src/facts/schema.js';
import { assessSexwork, findSexworkRegime, sexworkRegimes } from '../../src/pathways/sexwork/index.js';
import { buyerFinding, personOutcome } from '../../src/pathways/sexwork/rules.js';
import { runCli, tempFile } from '../support/cli.js';

function regime(id: string) {
  const found = findSexworkRegime(id);
  if (!found) throw new Error(`no regime ${id}`);
  return found;
}

function worker(overrides: Partial<CaseFacts> = {}): CaseFacts {
  return {
    schemaVersion: 1,
    events: { from: '2019-01-01' },
    person: { ageAtRecruitment: 28, ageAtExploitation: 28, citizenships: ['TH'] },
    status: { immigration: 'visitor_visa' },
    exploitation: { sector: 'sex_industry' },
    ...overrides,
  };
}

describe('New Zealand (Prostitution Reform Act 2003 s19)', () => {
  it('a temporary-visa holder doing sex work is liable for deportation', () => {
    const result = assessSexwork(regime('nz'), worker());
    expect(result.status.class).toBe('temporary');
    expect(result.person).toMatchObject({
      criminal: 'none',
      immigration: 'deportation_liability',
      lawful: 'no',
    });
    expect(result.person.cite.map((c) => c.article)).toContain('s 19(2)');
  });

  it('a citizen is lawful', () => {
    const citizen = worker({
      person: { ageAtRecruitment: 28, citizenships: ['NZ'] },
      status: { immigration: 'citizen' },
    });
    expect(assessSexwork(regime('nz'), citizen).person).toMatchObject({ immigration: 'none', lawful: 'yes' });
  });

  it('so is a permanent resident; a 17-year-old never is', () => {
    const resident = worker({ status: { immigration: 'permanent_resident' } });
    expect(assessSexwork(regime('nz'), resident).person.lawful).toBe('yes');
    const child = worker({ person: { ageAtRecruitment: 17, ageAtExploitation: 17 } });
    expect(assessSexwork(regime('nz'), child).person.lawful).toBe('no');
  });
});

describe('Sweden', () => {
  it('criminalises the buyer from 1 Jan 1999, never the seller', () => {
    const before = assessSexwork(regime('se'), worker({ events: { from: '1998-06-01' } }));
    expect(before.parties.buyer.criminalised).toBe('no');
    const after = assessSexwork(regime('se'), worker());
    expect(after.parties.buyer.criminalised).toBe('yes');
    expect(after.parties.seller.criminalised).toBe('no');
    expect(after.person.criminal).toBe('none');
  });

  it('an EU citizen may still be refused entry for not living "in an honest manner"', () => {
    const romanian = worker({ person: { ageAtRecruitment: 28, citizenships: ['RO'] }, status: null });
    expect(assessSexwork(regime('se'), romanian).person.immigration).toBe('refusal_of_entry');
  });
});

describe('Netherlands', () => {
  it('EU nationals may do sex work; a non-EU national on a temporary visa may not (no Wav permit)', () => {
    const polish = worker({ person: { ageAtRecruitment: 28, citizenships: ['PL'] }, status: null });
    expect(assessSexwork(regime('nl'), polish).person).toMatchObject({ lawful: 'yes', immigration: 'none' });
    expect(assessSexwork(regime('nl'), worker()).person).toMatchObject({
      lawful: 'no',
      immigration: 'removal_risk',
    });
  });

  it('brothel-keeping was criminal before 1 Oct 2000', () => {
    expect(
      assessSexwork(regime('nl'), worker({ events: { from: '1999-01-01' } })).parties.thirdParty.criminalised,
    ).toBe('yes');
    expect(assessSexwork(regime('nl'), worker()).parties.thirdParty.criminalised).toBe('partly');
  });
});

describe('Germany', () => {
  it('from Jul 2017 registration needs proof of a right to work', () => {
    const noRight = worker({
      events: { from: '2018-03-01' },
      status: { immigration: 'visitor_visa', rightToWork: false },
    });
    expect(assessSexwork(regime('de'), noRight).person).toMatchObject({
      lawful: 'no',
      immigration: 'removal_risk',
    });
  });

  it('§232a(6): a buyer of a coerced person commits an offence from Oct 2016, not before', () => {
    const coerced = { control: { threatsOfViolence: true } };
    expect(
      assessSexwork(regime('de'), worker({ ...coerced, events: { from: '2018-01-01' } })).buyerOfThisPerson
        ?.criminalised,
    ).toBe('yes');
    expect(
      assessSexwork(regime('de'), worker({ ...coerced, events: { from: '2015-01-01' } })).buyerOfThisPerson
        ?.criminalised,
    ).toBe('no');
  });
});

describe('England and Wales', () => {
  it('s53A (from 1 Apr 2010): a buyer is liable where a third party used exploitative conduct, knowing or not', () => {
    const deceived = { recruitment: { deceivedAbout: { natureOfJobLocationOrEmployer: true } } };
    expect(
      assessSexwork(regime('gb'), worker({ ...deceived, events: { from: '2011-01-01' } })).buyerOfThisPerson
        ?.criminalised,
    ).toBe('yes');
    expect(
      assessSexwork(regime('gb'), worker({ ...deceived, events: { from: '2009-01-01' } })).buyerOfThisPerson
        ?.criminalised,
    ).toBe('no');
  });

  it('selling is lawful; street soliciting is an offence', () => {
    const result = assessSexwork(
      regime('gb'),
      worker({ person: { citizenships: ['GB'], ageAtRecruitment: 30 } }),
    );
    expect(result.parties.seller.criminalised).toBe('partly');
    expect(result.person).toMatchObject({ lawful: 'yes', criminal: 'possible_offence', immigration: 'none' });
  });
});

describe('prohibitionist', () => {
  it('criminalises the seller whatever the status', () => {
    const result = assessSexwork(
      regime('prohibitionist'),
      worker({ person: { citizenships: ['GB'], ageAtRecruitment: 30 } }),
    );
    expect(result.parties.seller.criminalised).toBe('yes');
    expect(result.person.criminal).toBe('offence');
  });
});

describe('continuum sexwork (CLI)', () => {
  const cli = (args: string[]) => runCli(['sexwork', ...args]);

  const file = tempFile(worker());

  it('prints the JSON contract for every regime, or one', async () => {
    const all = JSON.parse((await cli([file, '--json'])).stdout);
    expect(all.schemaVersion).toBe(1);
    expect(all.regimes.map((r: { regime: { id: string } }) => r.regime.id)).toEqual([
      'se',
      'nl',
      'de',
      'nz',
      'gb',
      'prohibitionist',
    ]);
    const one = JSON.parse((await cli([file, '--regime', 'nz', '--json'])).stdout);
    expect(one.regimes[0].person.immigration).toBe('deportation_liability');
  });

  it('rejects an unknown regime with exit 2', async () => {
    const { code, stderr } = await cli([file, '--regime', 'xx']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown prostitution regime');
  });
});

describe('every regime is a complete table', () => {
  const classes = [
    'child',
    'national',
    'free_movement',
    'resident',
    'temporary',
    'irregular',
    'unknown',
  ] as const;
  it('has a row for every status on every date from its start, and a buyer rule on every such date', () => {
    const day = fc.integer({ min: 0, max: 365 * 40 }).map((n) => n);
    for (const r of sexworkRegimes) {
      fc.assert(
        fc.property(
          fc.constantFrom(...classes),
          day,
          fc.constantFrom(true, false, undefined),
          (status, offset, right) => {
            const date = new Date(Date.parse(`${r.from}T00:00:00Z`) + offset * 86_400_000)
              .toISOString()
              .slice(0, 10);
            const facts = worker({ status: { immigration: 'visitor_visa', rightToWork: right } });
            expect(() => personOutcome(r, facts, status, date)).not.toThrow();
            if (r.buyerOfThisPerson) expect(buyerFinding(r, facts, date)).not.toBeNull();
          },
        ),
        { numRuns: 200 },
      );
    }
  });
});
