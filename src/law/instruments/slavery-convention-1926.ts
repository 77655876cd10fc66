// Slavery Convention, signed at Geneva 25 Sep 1926 (League of Nations); in force 9 Mar 1927;
// amended by the 1953 Protocol.
import { slavery } from '../elements/slavery.js';
import type { Instrument } from '../instrument.js';
import { citer } from '../logic/citation.js';

const cite = citer('Slavery Convention (1926)', '1927-03-09', 'V');

// Art 1(1) — slavery is the status or condition of a person over whom any or all of the powers
// attaching to the right of ownership are exercised (de facto exercise suffices).
export const slaveryConvention: Instrument = {
  id: 'slavery-convention',
  title: 'Slavery Convention (1926)',
  level: 'international',
  citation: cite('Art 1(1)'),
  adopted: '1926-09-25',
  inForce: { from: '1927-03-09' },
  rule: slavery(cite('Art 1(1)')),
};
