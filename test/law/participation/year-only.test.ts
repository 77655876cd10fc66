// A ratification recorded by its year only leaves an interval in which the state began to be bound:
// every report says so in the same way (from some day between the first and the last day it may
// have begun), never one date in one place and another elsewhere.
import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/law/assess.js';
import { boundFromWords, findParticipationList, standingOn } from '../../../src/law/participation/index.js';
import { boundReport, partiesReport } from '../../../src/law/participation/report.js';

const c029 = findParticipationList('ilo-forced-labour-convention');
if (!c029) throw new Error('no C029 list');

describe('Niger and C029 (registered in 1961, only the year recorded)', () => {
  const row = c029.rows.find((r) => r.state === 'NE');
  it('is bound from some day between 1 Jan and 31 Dec 1962: unknown between, party after', () => {
    expect(row).toMatchObject({
      deposited: '1961',
      bound: { from: '1962-01-01' },
      boundFromLatest: '1962-12-31',
    });
    expect(standingOn(c029, 'NE', '1961-12-31').standing).toBe('not_party');
    expect(standingOn(c029, 'NE', '1962-06-01').standing).toBe('unknown');
    expect(standingOn(c029, 'NE', '1962-12-31').standing).toBe('party');
  });

  it('reads the same in the reason, the bound report and the parties report', () => {
    const words = 'from some day between 1 Jan 1962 and 31 Dec 1962';
    if (!row) throw new Error('no row for Niger');
    expect(boundFromWords(row)).toContain(words);
    for (const date of ['1961-06-01', '1962-06-01', '2020-01-01']) {
      expect(standingOn(c029, 'NE', date).reason).toContain(words);
    }
    const bound = boundReport('NE', '2020-01-01').instruments.find((i) => i.id === c029.id);
    expect(bound).toMatchObject({ since: '1962-12-31', sinceEarliest: '1962-01-01' });
    const party = partiesReport(c029, '2020-01-01').parties.find((p) => p.state === 'NE');
    expect(party).toMatchObject({ since: '1962-12-31', sinceEarliest: '1962-01-01' });
    // Where the day is known there is no interval.
    const gb = partiesReport(c029, '2020-01-01').parties.find((p) => p.state === 'GB');
    expect(gb).toMatchObject({ since: '1932-06-03', sinceEarliest: null });
  });

  it('an assessment of a case in Niger gives the same first day as the reports', () => {
    const result = assess({
      jurisdiction: 'NE',
      events: { from: '1970-01-01', to: '1970-06-01' },
    } as Parameters<typeof assess>[0]);
    const instrument = result.instruments.find((i) => i.id === c029.id);
    expect(instrument?.applicability.binding).toMatchObject({ status: 'party', since: '1962-12-31' });
  });
});

describe('France and C105 (only that it had ratified by May 2016 is recorded)', () => {
  const c105 = findParticipationList('ilo-c105');
  if (!c105) throw new Error('no C105 list');
  it('is bound from some day up to 31 May 2017 at the latest: unknown before, party after, in every report', () => {
    expect(standingOn(c105, 'FR', '2017-05-30').standing).toBe('unknown');
    expect(standingOn(c105, 'FR', '2017-05-31').standing).toBe('party');
    const party = partiesReport(c105, '2020-01-01').parties.find((p) => p.state === 'FR');
    expect(party).toMatchObject({
      deposited: '2016-05-31',
      depositedBy: true,
      since: '2017-05-31',
      sinceEarliest: '1959-01-17',
    });
    const bound = boundReport('FR', '2020-01-01').instruments.find((i) => i.id === c105.id);
    expect(bound).toMatchObject({ standing: 'party', since: '2017-05-31', sinceEarliest: '1959-01-17' });
    expect(bound?.reason).toContain('by 31 May 2016 at the latest');
    // A row whose day is known keeps no interval and no flag.
    const gb = partiesReport(c105, '2020-01-01').parties.find((p) => p.state === 'GB');
    expect(gb).toMatchObject({ depositedBy: false, sinceEarliest: null });
  });
});
