// The participation lists against numbers that can be cited: each treaty entered into force when a
// set number of states had joined (its own final clauses), so the count of deposits on the day
// before and on the day the threshold was reached is fixed by the law, not by our data.
import { describe, expect, it } from 'vitest';
import { alpha2Codes } from '../../src/facts/country-codes.js';
import { participationLists, partiesOn, standingOn } from '../../src/law/participation/index.js';
import { firstBound, list } from './participation/lists.js';

const depositsBy = (id: string, date: string) => list(id).rows.filter((row) => row.deposited <= date).length;

describe('entry into force fixes how many states had joined', () => {
  it.each([
    // Trafficking Protocol Art 17(1): in force on 25 Dec 2003, the 90th day after the 40th deposit (26 Sep 2003).
    ['un-trafficking-protocol', '2003-09-26', 40],
    // Smuggling Protocol Art 22(1): in force on 28 Jan 2004, the 90th day after the 40th deposit (30 Oct 2003).
    ['un-smuggling-protocol', '2003-10-30', 40],
    // Supplementary Convention Art 13(1): in force on 30 Apr 1957, the day two states had become parties.
    ['supplementary-slavery-convention', '1957-04-30', 2],
    // CETS 197 Art 42(3): the tenth ratification (Cyprus, 24 Oct 2007) set entry into force on 1 Feb 2008.
    ['coe-trafficking-convention', '2007-10-24', 10],
    // ECHR Art 59(2): ten ratifications on 3 Sep 1953, one of them the Saar's (no ISO state today).
    ['servitude', '1953-09-03', 9],
  ])('%s: %i deposits on %s, fewer the day before', (id, date, count) => {
    expect(depositsBy(id, date)).toBe(count);
    const dayBefore = new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect(depositsBy(id, dayBefore)).toBeLessThan(count);
  });

  it('P029 entered into force on 9 Nov 2016, twelve months after its second ratification (Norway, 9 Nov 2015)', () => {
    expect(depositsBy('ilo-forced-labour-protocol', '2015-11-09')).toBe(2);
    expect(partiesOn(list('ilo-forced-labour-protocol'), '2016-11-08')).toHaveLength(0);
    expect(partiesOn(list('ilo-forced-labour-protocol'), '2016-11-09').map((p) => p.state)).toEqual([
      'NE',
      'NO',
    ]);
  });
});

describe('counts at the date of the UN Treaty Collection copy (27 Jan 2014)', () => {
  // UNTC listed 159 parties to the Trafficking Protocol and 138 to the Smuggling Protocol then,
  // the European Union among them (it has no ISO code and is not a state of a case).
  it('Trafficking Protocol: 158 states (159 parties with the EU)', () => {
    expect(partiesOn(list('un-trafficking-protocol'), '2014-01-27')).toHaveLength(158);
  });
  it('Smuggling Protocol: 137 states (138 parties with the EU)', () => {
    expect(partiesOn(list('un-smuggling-protocol'), '2014-01-27')).toHaveLength(137);
  });
  it('ECHR: the 46 member states of the Council of Europe after Russia ceased to be a party', () => {
    expect(partiesOn(list('servitude'), '2022-09-15')).toHaveLength(47);
    expect(partiesOn(list('servitude'), '2023-01-01')).toHaveLength(46);
  });
  it('EU Directive 2011/36: 27 member states less Denmark plus the UK until 2020, Croatia from July 2013', () => {
    expect(partiesOn(list('eu-trafficking-directive'), '2013-06-30')).toHaveLength(26);
    expect(partiesOn(list('eu-trafficking-directive'), '2013-07-01')).toHaveLength(27);
    expect(partiesOn(list('eu-trafficking-directive'), '2021-01-01')).toHaveLength(26);
  });
});

describe('every list', () => {
  it.each(participationLists.map((l) => [l.id, l] as const))(
    '%s: known states, dates it binds from, a source',
    (_, l) => {
      expect(l.source.url).toMatch(/^https:\/\//);
      // A checked row names the record it was compared with (its own, or the list's).
      for (const row of l.rows) expect((row.source ?? l.source).url).toMatch(/^https?:\/\//);
      for (const row of l.rows) {
        expect(alpha2Codes.has(row.state)).toBe(true);
        expect(row.bound.from >= l.inForce).toBe(true);
        // Bound on or after the deposit, unless the source records an earlier day (e.g. independence).
        if (row.deposited.length > 4 && !row.inForceRecorded)
          expect(row.bound.from >= row.deposited).toBe(true);
        if (row.bound.until) expect(row.bound.until > row.bound.from).toBe(true);
      }
    },
  );
});

describe('standing of a state on a date', () => {
  const tip = list('un-trafficking-protocol');
  it('the UK ratified on 9 Feb 2006 and is bound from the 30th day after (Art 17(2))', () => {
    expect(standingOn(tip, 'GB', '2006-03-10').standing).toBe('not_party');
    const bound = standingOn(tip, 'GB', '2006-03-11');
    expect(bound).toMatchObject({ standing: 'party', certainty: 'checked' });
    expect(bound.row?.bound.from).toBe('2006-03-11');
  });
  it('a state missing from the list is not a party up to the checked date, and unknown after it', () => {
    expect(standingOn(tip, 'IR', '2013-01-01')).toMatchObject({
      standing: 'not_party',
      certainty: 'checked',
    });
    expect(standingOn(tip, 'IR', '2020-01-01').standing).toBe('unknown');
  });
  it('no state is bound before the instrument is in force', () => {
    firstBound(tip, 'FR', '2003-12-25');
  });
  it('where only the year of an ILO ratification is recorded, the year after it is unknown', () => {
    const c029 = list('ilo-forced-labour-convention');
    // South Sudan: registered in 2012 (only the year recorded), so bound from some day in 2013.
    expect(standingOn(c029, 'SS', '2012-12-31').standing).toBe('not_party');
    expect(standingOn(c029, 'SS', '2013-06-01').standing).toBe('unknown');
    expect(standingOn(c029, 'SS', '2014-01-01').standing).toBe('party');
    expect(standingOn(c029, 'US', '2020-01-01')).toMatchObject({
      standing: 'not_party',
      certainty: 'unchecked',
    });
  });
  it('a denunciation ends the binding (Greece and the ECHR, 1970–1974)', () => {
    const echr = list('servitude');
    expect(standingOn(echr, 'GR', '1969-01-01').standing).toBe('party');
    expect(standingOn(echr, 'GR', '1972-01-01').standing).toBe('not_party');
    expect(standingOn(echr, 'GR', '1975-01-01').standing).toBe('party');
  });
  it('a state already party under the League of Nations is unknown before its recorded act, not "not a party"', () => {
    const slavery = list('slavery-convention');
    expect(standingOn(slavery, 'FR', '1950-01-01').standing).toBe('unknown');
    expect(standingOn(slavery, 'FR', '1964-01-01').standing).toBe('party');
  });
});
