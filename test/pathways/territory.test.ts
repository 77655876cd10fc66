// Which protection regimes reach a country: its own, the Council of Europe's where it is bound by
// CETS 197, the EU's (Directive 2004/81/EC) for the member states that take part in it.
import { describe, expect, it } from 'vitest';
import { regimes } from '../../src/pathways/regimes/index.js';
import { regimeReach } from '../../src/pathways/territory.js';

const regime = (jurisdiction: string) => {
  const found = regimes.find((r) => r.jurisdiction === jurisdiction);
  if (!found) throw new Error(`no regime of ${jurisdiction}`);
  return found;
};

describe('regimeReach', () => {
  it('a national regime reaches its own country only', () => {
    expect(regimeReach(regime('IT'), 'IT', '2019-01-01').status).toBe('applies');
    expect(regimeReach(regime('IT'), 'FR', '2019-01-01').status).toBe('does_not_apply');
  });
  it('the Council of Europe regime reaches the states bound by CETS 197, from the date they are', () => {
    expect(regimeReach(regime('CoE'), 'DE', '2013-02-01').status).toBe('does_not_apply');
    expect(regimeReach(regime('CoE'), 'DE', '2013-03-01').status).toBe('applies');
    expect(regimeReach(regime('CoE'), 'US', '2019-01-01').status).toBe('does_not_apply');
  });
  it('the EU regime leaves out Denmark, Ireland and the United Kingdom', () => {
    for (const state of ['DK', 'IE', 'GB'])
      expect(regimeReach(regime('EU'), state, '2015-01-01').status).toBe('does_not_apply');
    expect(regimeReach(regime('EU'), 'NL', '2015-01-01').status).toBe('applies');
  });
  it('with no country given, whether a regime reaches the case is unknown', () => {
    expect(regimeReach(regime('GB'), null, '2015-01-01').status).toBe('unknown');
  });
});
