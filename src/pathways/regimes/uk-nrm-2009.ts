// United Kingdom, National Referral Mechanism from 1 Apr 2009 (with the Council of Europe
// Convention's entry into force for the UK) to 29 Jan 2023: a reasonable-grounds decision (target
// 5 working days; "I suspect but cannot prove"), a 45-day recovery and reflection period, then a
// conclusive-grounds decision and, for victims cooperating with an investigation or owing to
// personal circumstances, one-year renewable discretionary leave.
import { flagTruth, victimUnder } from '../eligibility.js';
import type { Regime } from '../machine.js';
import { say } from '../words.js';
import { leave, lords, nrm, reasonableGroundsDecision, recoveryPeriod } from './uk-durations.js';

export const ukNrm2009: Regime<'awaiting-rg' | 'recovery' | 'leave' | 'leave-personal'> = {
  id: 'uk-nrm-2009',
  title: say('United Kingdom, National Referral Mechanism (Apr 2009 – Jan 2023)'),
  jurisdiction: 'GB',
  from: '2009-04-01',
  until: '2023-01-29',
  cite: nrm('NRM'),
  requiresCooperation: false,
  parameters: [reasonableGroundsDecision, recoveryPeriod, leave],
  eligibility: (ctx) => victimUnder(ctx, ['coe-trafficking-convention']),
  outside: 'removal',
  begin: () => ({ to: 'awaiting-rg' }),
  states: {
    'awaiting-rg': {
      name: 'pathways.stage.uk-nrm-2009.awaiting-rg',
      entitlements: [],
      conditions: [
        {
          text: say('reasonable grounds: "I suspect but cannot prove" the person is a victim'),
          cite: nrm('RG standard'),
        },
      ],
      requiresCooperation: false,
      duration: reasonableGroundsDecision,
      next: () => ({ to: 'recovery' }),
    },
    recovery: {
      name: 'pathways.stage.uk-nrm-2009.recovery',
      entitlements: ['no_removal', 'accommodation', 'subsistence', 'medical_care'],
      conditions: [
        {
          text: say('a positive reasonable-grounds decision; support if wanted; extendable'),
          cite: lords('45 days'),
        },
      ],
      requiresCooperation: false,
      duration: recoveryPeriod,
      minimumOnly: true,
      next: (ctx) => {
        if (
          ctx.cooperation(
            say('leave for victims cooperating with a criminal investigation'),
            lords('permits'),
          )
        )
          return { to: 'leave' };
        const trauma = flagTruth(
          ctx.read(
            'authorities.unableToCooperateDueToTrauma',
            say('personal circumstances may justify leave without cooperation'),
            nrm('personal circumstances [S]'),
          ),
        );
        return trauma === 'met'
          ? { to: 'leave-personal' }
          : {
              end: 'discretionary',
              note: say(
                'Leave without cooperation only on personal circumstances, at the decision-maker’s discretion.',
              ),
            };
      },
    },
    leave: {
      name: 'pathways.stage.uk-nrm-2009.leave',
      entitlements: ['residence', 'right_to_work', 'subsistence', 'medical_care'],
      conditions: [
        { text: say('a positive conclusive-grounds decision'), cite: nrm('conclusive grounds') },
        { text: say('cooperating with a criminal investigation'), cite: lords('permits') },
      ],
      requiresCooperation: true,
      duration: leave,
      next: () => ({ end: 'residence_permit', note: say('Renewable while the grounds persist.') }),
    },
    'leave-personal': {
      name: 'pathways.stage.uk-nrm-2009.leave-personal',
      entitlements: ['residence', 'right_to_work', 'subsistence', 'medical_care'],
      conditions: [
        { text: say('a positive conclusive-grounds decision'), cite: nrm('conclusive grounds') },
        {
          text: say('personal circumstances (here: unable to cooperate because of trauma)'),
          cite: nrm('personal circumstances [S]'),
        },
      ],
      requiresCooperation: false,
      duration: leave,
      next: () => ({ end: 'residence_permit', note: say('Renewable while the grounds persist.') }),
    },
  },
  notes: [
    say(
      'The conclusive-grounds decision is taken here at the end of the recovery period; in practice it often took far longer.',
    ),
  ],
};
