// United Kingdom from 30 Jan 2023: Nationality and Borders Act 2022 Part 5 and the statutory
// guidance. Reasonable grounds now need objective evidence (s60; the account alone no longer
// suffices); a recovery period with no removal of at least 30 days, until the conclusive-grounds
// decision (s61); disqualification for a threat to public order or a claim in bad faith (s63); and
// leave to remain only where necessary for recovery, compensation or cooperation with an
// investigation, and not where needs can be met abroad (s65).
import { flagTruth, victimUnder } from '../eligibility.js';
import type { Regime } from '../machine.js';
import { say } from '../words.js';
import { leave, naba, reasonableGroundsDecision, recoveryPeriod } from './uk-durations.js';

export const ukNaba2023: Regime<'awaiting-rg' | 'recovery' | 'leave'> = {
  id: 'uk-naba-2023',
  title: say('United Kingdom from 30 Jan 2023 (Nationality and Borders Act 2022, Part 5)'),
  jurisdiction: 'GB',
  from: '2023-01-30',
  cite: naba('ss 60–65'),
  requiresCooperation: false,
  parameters: [reasonableGroundsDecision, recoveryPeriod, leave],
  eligibility: (ctx) => victimUnder(ctx, ['uk-modern-slavery-act']),
  outside: 'removal',
  begin: (ctx) => {
    const publicOrder = flagTruth(
      ctx.read(
        'authorities.publicOrderConcern',
        say('s63: a threat to public order may disqualify from protection'),
        naba('s63(1)(a)'),
      ),
    );
    return publicOrder === 'met'
      ? {
          end: 'removal',
          note: say(
            's63: the protection from removal and the leave duty may be disapplied (a power, not a duty).',
          ),
        }
      : { to: 'awaiting-rg' };
  },
  states: {
    'awaiting-rg': {
      name: 'pathways.stage.uk-naba-2023.awaiting-rg',
      entitlements: [],
      conditions: [
        {
          text: say(
            'reasonable grounds to believe the person IS a victim, based on objective factors: the account alone is not enough',
          ),
          cite: naba('s60; statutory guidance'),
        },
      ],
      requiresCooperation: false,
      duration: reasonableGroundsDecision,
      next: () => ({ to: 'recovery' }),
    },
    recovery: {
      name: 'pathways.stage.uk-naba-2023.recovery',
      entitlements: ['no_removal', 'accommodation', 'subsistence', 'medical_care'],
      conditions: [
        { text: say('no removal during the recovery period'), cite: naba('s61') },
        {
          text: say('support only where necessary for recovery from harm arising from the exploitation'),
          cite: naba('s64 (MSA s50A)'),
        },
        { text: say('ends on a s63 disqualification (public order, bad faith)'), cite: naba('s63') },
      ],
      requiresCooperation: false,
      duration: recoveryPeriod,
      minimumOnly: true,
      next: (ctx) => {
        if (
          ctx.cooperation(
            say('leave is necessary for cooperating with an investigation or proceedings'),
            naba('s65(2)(c)'),
          )
        ) {
          return { to: 'leave' };
        }
        ctx.read(
          'authorities.unableToCooperateDueToTrauma',
          say('leave may still be necessary for recovery (s65(2)(a)), unless the needs can be met abroad'),
          naba('s65(2)(a), (3)'),
        );
        return {
          end: 'discretionary',
          note: say(
            'Without cooperation, leave only if necessary for recovery or compensation and not where the needs can be met in the country of return (s65(2)(a), (b), (3)): otherwise removal.',
          ),
        };
      },
    },
    leave: {
      name: 'pathways.stage.uk-naba-2023.leave',
      entitlements: ['residence', 'right_to_work', 'medical_care'],
      conditions: [
        {
          text: say('a positive conclusive-grounds decision (balance of probabilities)'),
          cite: naba('s60; s65(1)'),
        },
        {
          text: say('necessary for cooperating with a public authority’s investigation or proceedings'),
          cite: naba('s65(2)(c)'),
        },
      ],
      requiresCooperation: true,
      duration: leave,
      next: () => ({
        end: 'residence_permit',
        note: say('Limited leave; its length is set by guidance, not by the Act.'),
      }),
    },
  },
  notes: [
    say(
      'Illegal Migration Act 2023 ss 22–29 (disapplying these protections) are not modelled: their commencement is unverified.',
    ),
  ],
};
