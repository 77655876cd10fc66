// Council of Europe Convention on Action against Trafficking in Human Beings (2005; in force 1 Feb
// 2008): on reasonable grounds, no removal until identification is complete (Art 10(2)); a
// recovery and reflection period of at least 30 days with Art 12(1)–(2) assistance, not
// conditional on acting as a witness (Arts 12(6), 13); a renewable residence permit where the stay
// is necessary owing to the victim's personal situation and/or for cooperation (Art 14(1)) — each
// state chooses which. The state may depart from the period on public-order grounds (Art 13(3)).
import { citer } from '../../law/logic/citation.js';
import { flagTruth, victimUnder } from '../eligibility.js';
import type { Regime } from '../machine.js';
import type { Duration } from '../parameters.js';
import { say } from '../words.js';

const coe = citer('Council of Europe Trafficking Convention (2005)', '2008-02-01', 'V');

const recoveryPeriod: Duration = {
  label: 'recovery and reflection period (minimum)',
  unit: 'days',
  versions: [{ value: 30, from: '2008-02-01', cite: coe('Art 13(1): at least 30 days') }],
};

export const coe2005: Regime<'recovery' | 'permit'> = {
  id: 'coe-2005',
  title: say('Council of Europe Convention (2005): minimum standard'),
  jurisdiction: 'CoE',
  from: '2008-02-01',
  cite: coe('Arts 10, 12–14'),
  requiresCooperation: false,
  parameters: [recoveryPeriod],
  eligibility: (ctx) => victimUnder(ctx, ['coe-trafficking-convention']),
  outside: 'removal',
  begin: (ctx) => {
    const publicOrder = flagTruth(
      ctx.read(
        'authorities.publicOrderConcern',
        say('Art 13(3): public order may release the state from the period'),
        coe('Art 13(3)'),
      ),
    );
    return publicOrder === 'met'
      ? {
          end: 'removal',
          note: say('Art 13(3): the state is not bound to observe the period on public-order grounds.'),
        }
      : { to: 'recovery' };
  },
  states: {
    recovery: {
      name: 'pathways.stage.coe-2005.recovery',
      entitlements: ['no_removal', 'accommodation', 'subsistence', 'medical_care'],
      conditions: [
        { text: say('reasonable grounds to believe the person is a victim'), cite: coe('Arts 10(2), 13(1)') },
        {
          text: say('assistance not conditional on willingness to act as a witness'),
          cite: coe('Art 12(6)'),
        },
        { text: say('no labour-market access unless lawfully resident'), cite: coe('Art 12(4)') },
      ],
      requiresCooperation: false,
      duration: recoveryPeriod,
      minimumOnly: true,
      next: (ctx) =>
        ctx.cooperation(
          say('a permit where the stay is necessary for cooperation (Art 14(1)(b))'),
          coe('Art 14(1)(b)'),
        )
          ? { to: 'permit' }
          : {
              end: 'discretionary',
              note: say(
                'Without cooperation, a permit only where the state issues it owing to the personal situation (Art 14(1)(a)) — its choice.',
              ),
            },
    },
    permit: {
      name: 'pathways.stage.coe-2005.permit',
      entitlements: ['residence'],
      conditions: [
        {
          text: say(
            'the stay is necessary for cooperation with the authorities (or, where chosen, the personal situation)',
          ),
          cite: coe('Art 14(1)'),
        },
        {
          text: say('non-renewal and withdrawal under national law; asylum unaffected'),
          cite: coe('Art 14(3), (5)'),
        },
      ],
      requiresCooperation: true,
      duration: null,
      next: () => ({ end: 'residence_permit' }),
    },
  },
};
