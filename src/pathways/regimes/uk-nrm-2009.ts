// United Kingdom, National Referral Mechanism from 1 Apr 2009 (with the Council of Europe
// Convention's entry into force for the UK) to 29 Jan 2023: a reasonable-grounds decision (target
// 5 working days; "I suspect but cannot prove"), a 45-day recovery and reflection period, then a
// conclusive-grounds decision and, for victims cooperating with an investigation or owing to
// personal circumstances, one-year renewable discretionary leave.
import { citer } from '../../law/logic/citation.js';
import { flagTruth, victimUnder } from '../eligibility.js';
import type { Regime } from '../machine.js';
import type { DurationParameter } from '../parameters.js';

const nrm = citer('UK National Referral Mechanism guidance (2009)', '2009-04-01', 'V');
const lords = citer('Hansard HL 24 Mar 2009 (people trafficking)', '2009-04-01', 'V');

const reasonableGroundsDecision: DurationParameter = {
  name: 'reasonableGroundsDecision',
  label: 'reasonable-grounds decision target',
  unit: 'working_days',
  versions: [
    {
      value: 5,
      from: '2009-04-01',
      until: '2023-01-29',
      cite: nrm('reasonable grounds: target 5 working days'),
    },
  ],
};

const recoveryPeriod: DurationParameter = {
  name: 'recoveryPeriod',
  label: 'recovery and reflection period',
  unit: 'days',
  versions: [
    {
      value: 45,
      from: '2009-04-01',
      until: '2023-01-29',
      cite: lords('45-day recovery and reflection period'),
    },
  ],
};

const discretionaryLeave: DurationParameter = {
  name: 'discretionaryLeave',
  label: 'discretionary leave',
  unit: 'years',
  versions: [
    {
      value: 1,
      from: '2009-04-01',
      until: '2023-01-29',
      cite: lords('renewable one-year residence permits'),
    },
  ],
};

export const ukNrm2009: Regime<'awaiting-rg' | 'recovery' | 'leave' | 'leave-personal'> = {
  id: 'uk-nrm-2009',
  title: 'United Kingdom, National Referral Mechanism (Apr 2009 – Jan 2023)',
  jurisdiction: 'GB',
  from: '2009-04-01',
  until: '2023-01-29',
  cite: nrm('NRM'),
  requiresCooperation: false,
  parameters: [reasonableGroundsDecision, recoveryPeriod, discretionaryLeave],
  eligibility: (ctx) => victimUnder(ctx, ['coe-trafficking-convention']),
  outside: 'removal',
  begin: () => ({ to: 'awaiting-rg' }),
  states: {
    'awaiting-rg': {
      name: 'Referral: awaiting reasonable grounds',
      entitlements: [],
      conditions: [
        {
          text: 'reasonable grounds: "I suspect but cannot prove" the person is a victim',
          cite: nrm('RG standard'),
        },
      ],
      requiresCooperation: false,
      duration: reasonableGroundsDecision,
      next: () => ({ to: 'recovery' }),
    },
    recovery: {
      name: 'Recovery and reflection (45 days)',
      entitlements: ['no_removal', 'accommodation', 'subsistence', 'medical_care'],
      conditions: [
        {
          text: 'a positive reasonable-grounds decision; support if wanted; extendable',
          cite: lords('45 days'),
        },
      ],
      requiresCooperation: false,
      duration: recoveryPeriod,
      minimumOnly: true,
      next: (ctx) => {
        if (ctx.cooperation('leave for victims cooperating with a criminal investigation', lords('permits')))
          return { to: 'leave' };
        const trauma = flagTruth(
          ctx.read(
            'authorities.unableToCooperateDueToTrauma',
            'personal circumstances may justify leave without cooperation',
            nrm('personal circumstances [S]'),
          ),
        );
        return trauma === 'met'
          ? { to: 'leave-personal' }
          : {
              end: 'discretionary',
              note: 'Leave without cooperation only on personal circumstances, at the decision-maker’s discretion.',
            };
      },
    },
    leave: {
      name: 'Discretionary leave (1 year, renewable)',
      entitlements: ['residence', 'right_to_work', 'subsistence', 'medical_care'],
      conditions: [
        { text: 'a positive conclusive-grounds decision', cite: nrm('conclusive grounds') },
        { text: 'cooperating with a criminal investigation', cite: lords('permits') },
      ],
      requiresCooperation: true,
      duration: discretionaryLeave,
      next: () => ({ end: 'residence_permit', note: 'Renewable while the grounds persist.' }),
    },
    'leave-personal': {
      name: 'Discretionary leave on personal circumstances (1 year)',
      entitlements: ['residence', 'right_to_work', 'subsistence', 'medical_care'],
      conditions: [
        { text: 'a positive conclusive-grounds decision', cite: nrm('conclusive grounds') },
        {
          text: 'personal circumstances (here: unable to cooperate because of trauma)',
          cite: nrm('personal circumstances [S]'),
        },
      ],
      requiresCooperation: false,
      duration: discretionaryLeave,
      next: () => ({ end: 'residence_permit', note: 'Renewable while the grounds persist.' }),
    },
  },
  notes: [
    'The conclusive-grounds decision is taken here at the end of the 45 days; in practice it often took far longer.',
  ],
};
