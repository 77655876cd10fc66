// Every protection regime, and which one applies on a date: the UK's three successive regimes are
// chosen by the identification date; the others are shown side by side for comparison.
import { holdsOn } from '../../law/dated.js';
import type { Regime } from '../machine.js';
import { coe2005 } from './coe-2005.js';
import { eu200481 } from './eu-2004-81.js';
import { itArt18 } from './it-art18.js';
import { uk2008 } from './uk-2008.js';
import { ukNaba2023 } from './uk-naba-2023.js';
import { ukNrm2009 } from './uk-nrm-2009.js';
import { usTVisa } from './us-t-visa.js';

export const regimes: readonly Regime[] = [
  uk2008,
  ukNrm2009,
  ukNaba2023,
  coe2005,
  eu200481,
  usTVisa,
  itArt18,
];

export function findRegime(id: string): Regime | undefined {
  return regimes.find((regime) => regime.id === id);
}

/** The regimes in force on a date (the UK one among its three, by date). */
export function regimesOn(date: string): Regime[] {
  return regimes.filter((regime) => holdsOn(regime, date));
}

/** The regime of one jurisdiction in force on a date, e.g. GB on 2008-06-01 → uk-2008. */
export function regimeFor(jurisdiction: string, date: string): Regime | undefined {
  return regimes.find((regime) => regime.jurisdiction === jurisdiction && holdsOn(regime, date));
}
