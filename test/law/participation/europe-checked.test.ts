// ECHR and CETS 197 rows compared on 4 Dec 2026 with Council of Europe pages (checked) or with copies
// of the Treaty Office's chart (unchecked, the copy named), and the day each began to bind the state.
import { describe, expect, it } from 'vitest';
import { standingOn } from '../../../src/law/participation/index.js';
import { dayBefore, list } from './lists.js';

describe('CETS 197: days of entry into force from the Council of Europe pages on each party', () => {
  // Each page gives the day of ratification and the day of entry into force (Art 42(4)).
  const cases: [string, string, string][] = [
    ['GR', '2014-04-11', '2014-08-01'],
    ['HU', '2013-04-04', '2013-08-01'],
    ['MT', '2008-01-30', '2008-05-01'],
    ['MC', '2015-11-30', '2016-03-01'],
    ['RS', '2009-04-14', '2009-08-01'],
    ['SE', '2010-05-31', '2010-09-01'],
    ['IT', '2010-11-29', '2011-03-01'],
    ['TR', '2016-05-02', '2016-09-01'],
    ['GB', '2008-12-17', '2009-04-01'],
    ['FI', '2012-05-30', '2012-09-01'],
    ['EE', '2015-02-05', '2015-06-01'],
  ];
  for (const [state, deposited, from] of cases) {
    it(`${state}: deposited ${deposited}, bound from ${from} (checked)`, () => {
      const coe = list('coe-trafficking-convention');
      const on = standingOn(coe, state, from);
      expect(on).toMatchObject({ standing: 'party', certainty: 'checked' });
      expect(on.row?.deposited).toBe(deposited);
      expect(on.row?.source?.name).toContain('Council of Europe');
      expect(standingOn(coe, state, dayBefore(from)).standing).toBe('not_party');
    });
  }

  it('a deposit on 29 Nov binds from 1 Mar, not 1 Apr: the three months end with February', () => {
    // Ukraine and San Marino deposited on the same day as Italy (unchecked rows, same rule).
    const coe = list('coe-trafficking-convention');
    for (const state of ['UA', 'SM']) {
      expect(standingOn(coe, state, '2011-02-28').standing).toBe('not_party');
      expect(standingOn(coe, state, '2011-03-01').standing).toBe('party');
    }
  });

  it('the Czech Republic ratified in 2017 and was bound from 1 Jul 2017, not from 1 Jul 2016 (corrected)', () => {
    // The CoE's page on GRETA's first report: ratified in 2017. The Czech Foreign Ministry (CTK, 30 Mar
    // 2017): in force from 1 Jul 2017. The row had a deposit of 29 Mar 2016, which bound it a year early.
    const coe = list('coe-trafficking-convention');
    expect(standingOn(coe, 'CZ', '2016-07-01').standing).toBe('not_party');
    expect(standingOn(coe, 'CZ', '2017-06-30').standing).toBe('not_party');
    const cz = standingOn(coe, 'CZ', '2017-07-01');
    expect(cz).toMatchObject({ standing: 'party', certainty: 'unchecked' });
    expect(cz.row?.deposited).toBe('2017');
    expect(cz.row?.source?.name).toContain('2017');
  });

  it('rows compared only with a copy of the chart stay unchecked and name it', () => {
    const dk = standingOn(list('coe-trafficking-convention'), 'DK', '2008-02-01');
    expect(dk).toMatchObject({ standing: 'party', certainty: 'unchecked' });
    expect(dk.row?.source?.name).toContain('whatconvention.org');
  });
});

describe('ECHR rows compared with the Treaty Office or with copies of the chart', () => {
  it('Romania deposited its ratification on 20 Jun 1994 (the Treaty Office), bound from that day (checked)', () => {
    const echr = list('servitude');
    const ro = standingOn(echr, 'RO', '1994-06-20');
    expect(ro).toMatchObject({ standing: 'party', certainty: 'checked' });
    expect(ro.row?.source?.name).toContain('Treaty Office');
    expect(standingOn(echr, 'RO', '1994-06-19').standing).toBe('not_party');
  });

  it('France, Moldova, Azerbaijan, Russia and Ukraine deposited on the days the Treaty Office records with their reservations (checked)', () => {
    // The Treaty Office's pages of reservations to Treaty 005: each reservation was contained in (or,
    // for Russia, appended to) the instrument of ratification deposited on the day named.
    const echr = list('servitude');
    const cases: [string, string][] = [
      ['FR', '1974-05-03'],
      ['MD', '1997-09-12'],
      ['AZ', '2002-04-15'],
      ['RU', '1998-05-05'],
      ['UA', '1997-09-11'],
    ];
    for (const [state, deposited] of cases) {
      const on = standingOn(echr, state, deposited);
      expect(on, state).toMatchObject({ standing: 'party', certainty: 'checked' });
      expect(on.row?.deposited).toBe(deposited);
      expect(on.row?.source?.name).toContain('Treaty Office');
      expect(standingOn(echr, state, dayBefore(deposited)).standing, state).toBe('not_party');
    }
    // Russia's row still ends on 16 Sep 2022.
    expect(standingOn(echr, 'RU', '2022-09-16').standing).toBe('not_party');
    expect(standingOn(echr, 'RU', '2022-09-15').standing).toBe('party');
  });

  it('the United Kingdom ratified on 8 Mar 1951 and was bound from 3 Sep 1953 (the chart of 1994, a copy)', () => {
    const echr = list('servitude');
    const gb = standingOn(echr, 'GB', '1953-09-03');
    expect(gb).toMatchObject({ standing: 'party', certainty: 'unchecked' });
    expect(gb.row?.deposited).toBe('1951-03-08');
    expect(gb.row?.source?.name).toContain('Loizidou');
    expect(standingOn(echr, 'GB', '1953-09-02').standing).toBe('not_party');
  });

  it('Bulgaria was bound from 7 Sep 1992, as its State Gazette (a copy) gives it', () => {
    const echr = list('servitude');
    expect(standingOn(echr, 'BG', '1992-09-06').standing).toBe('not_party');
    const bg = standingOn(echr, 'BG', '1992-09-07');
    expect(bg).toMatchObject({ standing: 'party', certainty: 'unchecked' });
    expect(bg.row?.source?.name).toContain('State Gazette');
  });
});
