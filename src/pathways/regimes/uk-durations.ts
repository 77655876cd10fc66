// The durations of the United Kingdom's identification process, one parameter each across its two
// regimes: the National Referral Mechanism (1 Apr 2009 – 29 Jan 2023) and the Nationality and
// Borders Act 2022 (from 30 Jan 2023), with the sources both cite. Each regime reads the version of
// its own period.
import { citer } from '../../law/logic/citation.js';
import type { Duration } from '../parameters.js';

export const nrm = citer('UK National Referral Mechanism guidance (2009)', '2009-04-01', 'V');
export const lords = citer('Hansard HL 24 Mar 2009 (people trafficking)', '2009-04-01', 'V');
export const naba = citer('Nationality and Borders Act 2022', '2023-01-30', 'V');
const guidance = citer('Modern Slavery statutory guidance (s49 MSA), from 30 Jan 2023', '2023-01-30', 'S');

/** The target for the reasonable-grounds decision. */
export const reasonableGroundsDecision: Duration = {
  label: 'reasonable-grounds decision target',
  unit: 'working_days',
  versions: [
    {
      value: 5,
      from: '2009-04-01',
      until: '2023-01-29',
      cite: nrm('reasonable grounds: target 5 working days'),
    },
    {
      value: 5,
      from: '2023-01-30',
      cite: guidance('reasonable grounds decision target', { certainty: 'M' }),
    },
  ],
};

/** The recovery (and reflection) period: 45 days under the NRM; at least 30 days from 2023. */
export const recoveryPeriod: Duration = {
  label: 'recovery period',
  unit: 'days',
  versions: [
    {
      value: 45,
      from: '2009-04-01',
      until: '2023-01-29',
      cite: lords('45-day recovery and reflection period'),
    },
    {
      value: 30,
      from: '2023-01-30',
      cite: naba('s61 (recovery period until the later of the CG decision or 30 days)', {
        certainty: 'S',
        note: 'Structure inferred from MSA s50A(4); guidance cut the minimum from 45 to 30 days.',
      }),
    },
  ],
};

/** Leave for a victim: discretionary leave under the NRM, limited leave to remain (s65) from 2023. */
export const leave: Duration = {
  label: 'leave to remain',
  unit: 'years',
  versions: [
    {
      value: 1,
      from: '2009-04-01',
      until: '2023-01-29',
      cite: lords('renewable one-year residence permits'),
    },
    {
      value: 1,
      from: '2023-01-30',
      cite: naba('s65', {
        certainty: 'M',
        note: 'Not fixed in the Act; guidance gives up to 12–30 months by purpose.',
      }),
    },
  ],
};
