// United Kingdom before the National Referral Mechanism (to 31 Mar 2009): the Poppy Project, the
// only government-funded service housing women trafficked into prostitution (from March 2003).
// Home Office criteria: trafficked into the UK, sexually exploited within the last three months,
// willing to cooperate with the authorities; an initial four-week support period; then an asylum
// claim or removal — no dedicated residence status. Men and labour trafficking were outside it.
import { citer } from '../../law/logic/citation.js';
import { addMonths } from '../dates.js';
import { allOf, childTruth, flagTruth } from '../eligibility.js';
import type { Regime } from '../machine.js';
import type { Duration } from '../parameters.js';
import { say } from '../words.js';

const hansard2009 = citer('Hansard HC 27 Feb 2009 (human trafficking victims)', '2003-03-01', 'V');
const criteria = citer(
  'Home Office criteria for the Poppy Project (HC Home Affairs 2008–09, Ev)',
  '2003-03-01',
  'V',
);

/** The initial support period: "four weeks". */
const supportPeriod: Duration = {
  label: 'initial support period',
  unit: 'weeks',
  versions: [
    {
      value: 4,
      from: '2003-03-01',
      until: '2009-03-31',
      cite: hansard2009('written answer: initial four-week support period'),
    },
  ],
};

/** Exploitation must have been within the last three months of referral. */
const recentExploitationMonths = 3;

export const uk2008: Regime<'support'> = {
  id: 'uk-2008',
  title: say('United Kingdom to March 2009 (Poppy Project support)'),
  jurisdiction: 'GB',
  from: '2003-03-01',
  until: '2009-03-31',
  cite: criteria('criteria (1)–(3)'),
  requiresCooperation: true,
  parameters: [supportPeriod],
  eligibility: (ctx) => {
    const gender = ctx.read('person.gender', say('Poppy housed women only'), criteria('target group'));
    const kinds = ctx.read(
      'exploitation.kinds',
      say('only sexual exploitation (prostitution) qualified'),
      criteria('(2)'),
    );
    const intoUk = ctx.read('movement.crossedBorder', say('trafficked into the UK'), criteria('(1)'));
    const lastDay = ctx.read(
      'events.to',
      say('exploited within the three months before referral'),
      criteria('(2)'),
    );
    const adult = childTruth(ctx, say('an adult service: children went to local-authority care [M]'));
    const recent =
      typeof lastDay === 'string'
        ? addMonths(lastDay, recentExploitationMonths) >= ctx.start
          ? 'met'
          : 'not_met'
        : 'undetermined';
    return allOf(ctx, [
      [say('a woman'), gender === 'female' ? 'met' : typeof gender === 'string' ? 'not_met' : 'undetermined'],
      [
        say('sexual exploitation'),
        Array.isArray(kinds) ? (kinds.includes('sexual') ? 'met' : 'not_met') : 'undetermined',
      ],
      [say('trafficked into the UK'), flagTruth(intoUk)],
      [say('exploited within the last three months'), recent],
      [say('an adult'), adult === 'met' ? 'not_met' : adult === 'not_met' ? 'met' : 'undetermined'],
    ]);
  },
  outside: 'asylum_claim_or_removal',
  begin: (ctx) =>
    ctx.cooperation(say('support needed willingness to cooperate with the authorities'), criteria('(3)'))
      ? { to: 'support' }
      : { end: 'asylum_claim_or_removal', note: say('No support without willingness to cooperate.') },
  states: {
    support: {
      name: 'pathways.stage.uk-2008.support',
      entitlements: ['accommodation', 'subsistence', 'medical_care'],
      conditions: [
        { text: say('willing to cooperate with the authorities'), cite: criteria('(3)') },
        {
          text: say(
            'a woman trafficked into the UK for prostitution, exploited within the last three months',
          ),
          cite: criteria('(1), (2)'),
        },
      ],
      requiresCooperation: true,
      duration: supportPeriod,
      next: () => ({
        end: 'asylum_claim_or_removal',
        note: say(
          'After the support period: an asylum claim, or removal; no dedicated residence status [M].',
        ),
      }),
    },
  },
  notes: [say('A labour-exploitation pilot ran in 2008 [S]; it is not modelled.')],
};
