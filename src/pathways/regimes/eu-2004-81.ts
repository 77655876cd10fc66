// Council Directive 2004/81/EC (OJ L 261, 6.8.2004): residence permits for third-country national
// victims of trafficking who cooperate with the competent authorities. A reflection period of a
// length set by national law, with no expulsion and subsistence and emergency care but no
// entitlement to residence (Arts 6, 7), ended by renewed contact with the perpetrators or public
// policy; then a permit of at least six months where the stay is useful to the proceedings, the
// person shows a clear intention to cooperate and has severed relations with the suspects (Art 8),
// withdrawn when cooperation stops or the proceedings end (Arts 13, 14); then ordinary aliens law.
import { citer } from '../../law/logic/citation.js';
import { allOf, definitionTruth, flagTruth } from '../eligibility.js';
import { freeMovementStates } from '../free-movement.js';
import type { Regime } from '../machine.js';
import type { Duration } from '../parameters.js';
import { say } from '../words.js';

const directive = citer('Council Directive 2004/81/EC', '2004-08-06', 'M');

const reflectionPeriod: Duration = {
  label: 'reflection period (national law; 30 days illustrative)',
  unit: 'days',
  versions: [
    {
      value: 30,
      from: '2004-08-06',
      cite: directive('Art 6(1)', {
        certainty: 'S',
        note: 'Length and start are left to national law (e.g. 30 days to 3 months; Germany 3 months): 30 days is shown as an illustration.',
      }),
    },
  ],
};

const permit: Duration = {
  label: 'residence permit (minimum)',
  unit: 'months',
  versions: [{ value: 6, from: '2004-08-06', cite: directive('Art 8(3): valid for at least six months') }],
};

export const eu200481: Regime<'reflection' | 'permit'> = {
  id: 'eu-2004-81',
  title: say('EU Directive 2004/81/EC: residence for victims who cooperate'),
  jurisdiction: 'EU',
  from: '2004-08-06',
  cite: directive('Arts 6–14'),
  requiresCooperation: true,
  parameters: [reflectionPeriod, permit],
  eligibility: (ctx) => {
    const citizenships = ctx.read(
      'person.citizenships',
      say('only third-country nationals are covered'),
      directive('Art 3(1)'),
    );
    const thirdCountry = Array.isArray(citizenships)
      ? citizenships.some((c) => freeMovementStates.includes(c))
        ? 'not_met'
        : 'met'
      : 'undetermined';
    return allOf(ctx, [
      [say('a third-country national'), thirdCountry],
      [
        say('a victim of trafficking (Directive 2011/36 definition)'),
        definitionTruth(ctx, 'eu-trafficking-directive'),
      ],
    ]);
  },
  outside: 'removal',
  begin: () => ({ to: 'reflection' }),
  states: {
    reflection: {
      name: 'pathways.stage.eu-2004-81.reflection',
      entitlements: ['no_removal', 'subsistence', 'medical_care'],
      conditions: [
        {
          text: say('no expulsion order enforced; no entitlement to residence'),
          cite: directive('Art 6(2), (3)'),
        },
        { text: say('subsistence and emergency medical treatment'), cite: directive('Art 7(1)') },
      ],
      requiresCooperation: false,
      duration: reflectionPeriod,
      next: (ctx) => {
        const contact = flagTruth(
          ctx.read(
            'authorities.renewedContactWithExploiters',
            say('renewed contact with the perpetrators ends the period and bars the permit'),
            directive('Arts 6(4), 8(1)(c)'),
          ),
        );
        const publicOrder = flagTruth(
          ctx.read(
            'authorities.publicOrderConcern',
            say('public policy or national security ends the period'),
            directive('Art 6(4)'),
          ),
        );
        if (contact === 'met' || publicOrder === 'met')
          return { end: 'removal', note: say('Period terminated: ordinary aliens law.') };
        if (
          !ctx.cooperation(say('a permit only with a clear intention to cooperate'), directive('Art 8(1)(b)'))
        ) {
          return {
            end: 'removal',
            note: say('No cooperation, no permit: ordinary aliens law applies after the period.'),
          };
        }
        const useful = flagTruth(
          ctx.read(
            'authorities.proceedingsOpen',
            say('the stay must be useful to an investigation or proceedings'),
            directive('Art 8(1)(a)'),
          ),
        );
        return useful === 'not_met'
          ? { end: 'removal', note: say('No proceedings for the stay to serve: no permit.') }
          : { to: 'permit' };
      },
    },
    permit: {
      name: 'pathways.stage.eu-2004-81.permit',
      entitlements: ['residence', 'right_to_work', 'subsistence', 'medical_care'],
      conditions: [
        {
          text: say(
            'useful to the proceedings; clear intention to cooperate; relations with suspects severed',
          ),
          cite: directive('Art 8(1)'),
        },
        {
          text: say(
            'withdrawn if cooperation stops, contact is renewed, or the proceedings are discontinued',
          ),
          cite: directive('Art 14'),
        },
        {
          text: say('labour market, training and education under national rules, for the permit’s duration'),
          cite: directive('Art 11'),
        },
      ],
      requiresCooperation: true,
      duration: permit,
      next: () => ({
        end: 'residence_permit',
        note: say(
          'Renewed only while the conditions last; when the proceedings end, ordinary aliens law (Art 13).',
        ),
      }),
    },
  },
  notes: [say('Does not apply to the UK, Ireland or Denmark.')],
};
