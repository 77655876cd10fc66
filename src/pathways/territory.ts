// Which protection regimes reach a country on a date: a national regime its own country; the
// Council of Europe regime (CETS 197 Arts 10–16) the states bound by that Convention; the EU regime
// (Directive 2004/81/EC) the member states that take part in it — not Denmark, Ireland or the
// United Kingdom (recitals 22–24). Unknown where the country or the participation is unknown.
import { findParticipationList, standingOn } from '../law/participation/index.js';
import type { Regime } from './machine.js';

export type RegimeReach = { status: 'applies' | 'does_not_apply' | 'unknown'; reason: string };

/** Member states that take no part in Directive 2004/81/EC. */
const outsideDirective2004: Readonly<Record<string, string>> = {
  DK: 'Denmark takes no part in Directive 2004/81/EC (recital 24).',
  IE: 'Ireland did not take part in the adoption of Directive 2004/81/EC and is not bound by it (recital 23).',
  GB: 'The United Kingdom did not take part in the adoption of Directive 2004/81/EC and was not bound by it (recital 22).',
};

export function regimeReach(
  regime: Pick<Regime, 'jurisdiction'>,
  country: string | null,
  date: string,
): RegimeReach {
  if (country === null) return { status: 'unknown', reason: 'The country of the case is not given.' };
  if (regime.jurisdiction === 'CoE' || regime.jurisdiction === 'EU') {
    if (regime.jurisdiction === 'EU' && outsideDirective2004[country]) {
      return { status: 'does_not_apply', reason: outsideDirective2004[country] };
    }
    // The Union's membership by date is read from the Trafficking Directive's list (same states, same dates).
    const list = findParticipationList(
      regime.jurisdiction === 'CoE' ? 'coe-trafficking-convention' : 'eu-trafficking-directive',
    );
    if (!list) return { status: 'unknown', reason: 'No record of the states it binds is held.' };
    const standing = standingOn(list, country, date);
    const status =
      standing.standing === 'party'
        ? 'applies'
        : standing.standing === 'not_party'
          ? 'does_not_apply'
          : 'unknown';
    return { status, reason: standing.reason };
  }
  return regime.jurisdiction === country
    ? { status: 'applies', reason: 'The regime of the case’s country.' }
    : { status: 'does_not_apply', reason: 'The regime of another country.' };
}
