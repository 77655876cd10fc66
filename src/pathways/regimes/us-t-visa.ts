// United States: Continued Presence (22 USC 7105(c)(3)), requested by federal law enforcement for a
// victim who is a potential witness — initially 2 years, renewable; T nonimmigrant status (8 USC
// 1101(a)(15)(T); 8 CFR 214.202) for victims of a severe form who comply with reasonable requests
// for assistance, unless under 18 or unable to because of trauma, and who would suffer extreme
// hardship on removal — up to 4 years (3 before VAWA 2005); adjustment to permanent residence after
// 3 years' continuous presence (INA 245(l)).
import { citer } from '../../law/logic/citation.js';
import { childTruth, flagTruth, victimUnder } from '../eligibility.js';
import type { Regime } from '../machine.js';
import type { Duration } from '../parameters.js';
import { say } from '../words.js';

const tvpa = citer('22 USC 7105(c)(3) (Continued Presence)', '2000-10-28', 'V');
const tvisa = citer('8 USC 1101(a)(15)(T); 8 CFR 214.202', '2000-10-28', 'V');

const continuedPresence: Duration = {
  label: 'Continued Presence',
  unit: 'years',
  versions: [
    {
      value: 2,
      from: '2000-10-28',
      cite: tvpa('initially 2 years, renewable', {
        certainty: 'S',
        note: 'Current State Department text; an older DHS page said 1 year. The date of the change is not verified, so 2 years is used throughout.',
      }),
    },
  ],
};

const tStatus: Duration = {
  label: 'T nonimmigrant status',
  unit: 'years',
  versions: [
    {
      value: 3,
      from: '2000-10-28',
      until: '2006-01-04',
      cite: tvisa('duration before VAWA 2005', { certainty: 'M' }),
    },
    {
      value: 4,
      from: '2006-01-05',
      cite: tvisa('up to 4 years (VAWA 2005)', { note: 'Extensible; extended while adjustment is pending.' }),
    },
  ],
};

export const usTVisa: Regime<'continued-presence' | 't-status' | 't-status-exempt'> = {
  id: 'us-t-visa',
  title: say('United States: Continued Presence and T visa'),
  jurisdiction: 'US',
  from: '2000-10-28',
  cite: tvisa('T status'),
  requiresCooperation: true,
  parameters: [continuedPresence, tStatus],
  eligibility: (ctx) => victimUnder(ctx, ['us-tvpa']),
  outside: 'removal',
  begin: (ctx) => {
    if (
      ctx.cooperation(
        say('Continued Presence is requested by law enforcement for a potential witness'),
        tvpa('(c)(3)'),
      )
    ) {
      return { to: 'continued-presence' };
    }
    const child = childTruth(
      ctx,
      say('under 18 at the time of the trafficking: exempt from the cooperation requirement'),
    );
    const trauma = flagTruth(
      ctx.read(
        'authorities.unableToCooperateDueToTrauma',
        say('trauma exception to the cooperation requirement'),
        tvisa('214.202 (trauma exception)'),
      ),
    );
    if (child === 'met' || trauma === 'met') return { to: 't-status-exempt' };
    return {
      end: 'removal',
      note:
        child === 'undetermined' || trauma === 'undetermined'
          ? say(
              'Unless the person was under 18 or is unable to cooperate because of trauma (not known): then T status without cooperation.',
            )
          : say('An adult able to cooperate who does not: no Continued Presence, no T status.'),
    };
  },
  states: {
    'continued-presence': {
      name: 'pathways.stage.us-t-visa.continued-presence',
      entitlements: ['no_removal', 'right_to_work', 'residence', 'subsistence', 'medical_care'],
      conditions: [
        {
          text: say('requested by federal law enforcement; the person is a potential witness'),
          cite: tvpa('(c)(3)'),
        },
        {
          text: say('federal benefits through HHS certification (adults: willing to assist)'),
          cite: tvpa('HHS certification', { certainty: 'M' }),
        },
      ],
      requiresCooperation: true,
      duration: continuedPresence,
      next: () => ({ to: 't-status' }),
    },
    't-status': {
      name: 'pathways.stage.us-t-visa.t-status',
      entitlements: ['no_removal', 'right_to_work', 'residence', 'subsistence', 'medical_care'],
      conditions: [
        {
          text: say('complied with reasonable requests for assistance from law enforcement'),
          cite: tvisa('214.202'),
        },
        {
          text: say(
            'present on account of trafficking; extreme hardship involving unusual and severe harm on removal',
          ),
          cite: tvisa('214.202'),
        },
        { text: say('cap: 5,000 principal grants a year'), cite: tvisa('cap', { certainty: 'S' }) },
      ],
      requiresCooperation: true,
      duration: tStatus,
      next: () => ({
        end: 'permanent_residence',
        note: say(
          'Adjustment possible after 3 years’ continuous presence and good moral character (INA 245(l)).',
        ),
      }),
    },
    't-status-exempt': {
      name: 'pathways.stage.us-t-visa.t-status-exempt',
      entitlements: ['no_removal', 'right_to_work', 'residence', 'subsistence', 'medical_care'],
      conditions: [
        {
          text: say('under 18 at the time of the trafficking, or unable to cooperate because of trauma'),
          cite: tvisa('214.202 (exemptions)'),
        },
        {
          text: say('extreme hardship involving unusual and severe harm on removal'),
          cite: tvisa('214.202'),
        },
      ],
      requiresCooperation: false,
      duration: tStatus,
      next: () => ({
        end: 'permanent_residence',
        note: say(
          'Adjustment after 3 years (INA 245(l)); the minor and hardship alternatives to assistance [M].',
        ),
      }),
    },
  },
  notes: [
    say(
      'No formal reflection period. The time to decide a T application is not modelled: T status is shown from the end of Continued Presence, or from identification where exempt.',
    ),
    say(
      'Adjustment to permanent residence after continuous presence of 3 years (INA 245(l), 8 USC 1255(l)).',
    ),
  ],
};
