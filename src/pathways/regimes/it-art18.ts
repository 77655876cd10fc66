// Italy: Legislative Decree 286/1998 Art 18, "soggiorno per motivi di protezione sociale". A permit
// for a foreign national in a situation of violence or grave exploitation and in concrete danger,
// issued by the Questore either on the judicial path (statements in criminal proceedings) or on the
// social path (social services certify; no complaint, no cooperation with the police required). The
// condition is taking part in an assistance and social-integration programme. Six months, renewable
// for a year, then convertible into a work or study permit.
import { citer } from '../../law/logic/citation.js';
import { flagTruth, victimUnder } from '../eligibility.js';
import type { Regime } from '../machine.js';
import type { Duration } from '../parameters.js';
import { say } from '../words.js';

const art18 = citer('Italy, Legislative Decree 286/1998 (Testo unico immigrazione)', '1998-09-02', 'V');
const practice = citer('Italy, DPR 394/1999 Art 27 (as described by secondary sources)', '1999-11-18', 'S');

const firstPermit: Duration = {
  label: 'Art 18 permit',
  unit: 'months',
  versions: [{ value: 6, from: '1998-09-02', cite: art18('Art 18(4)', { certainty: 'S' }) }],
};

const renewal: Duration = {
  label: 'renewal',
  unit: 'years',
  versions: [
    { value: 1, from: '1998-09-02', cite: art18('Art 18(4): renewable for one year', { certainty: 'S' }) },
  ],
};

const permitEntitlements = [
  'no_removal',
  'residence',
  'right_to_work',
  'subsistence',
  'medical_care',
] as const;

export const itArt18: Regime<'judicial' | 'social' | 'renewed'> = {
  id: 'it-art18',
  title: say('Italy: Art 18 social-protection permit'),
  jurisdiction: 'IT',
  from: '1998-09-02',
  cite: art18('Art 18'),
  requiresCooperation: false,
  parameters: [firstPermit, renewal],
  eligibility: (ctx) =>
    victimUnder(
      ctx,
      ['un-trafficking-protocol', 'ilo-forced-labour-convention'],
      say('violence or grave exploitation'),
    ),
  outside: 'removal',
  begin: (ctx) =>
    ctx.cooperation(
      say('the judicial path (statements in proceedings) or, without cooperation, the social path'),
      practice('Art 27'),
    )
      ? { to: 'judicial' }
      : { to: 'social' },
  states: {
    judicial: {
      name: 'pathways.stage.it-art18.judicial',
      entitlements: [...permitEntitlements],
      conditions: [
        {
          text: say('statements in criminal proceedings; prosecutor’s proposal or opinion'),
          cite: art18('Art 18(1)'),
        },
        {
          text: say('concrete danger to safety; taking part in an assistance and integration programme'),
          cite: art18('Art 18(1)'),
        },
      ],
      requiresCooperation: true,
      duration: firstPermit,
      next: (ctx) => programmeKept(ctx),
    },
    social: {
      name: 'pathways.stage.it-art18.social',
      entitlements: [...permitEntitlements],
      conditions: [
        {
          text: say(
            'social services or an accredited organisation certify the situation; no complaint needed',
          ),
          cite: practice('Art 27'),
        },
        {
          text: say('concrete danger to safety; taking part in an assistance and integration programme'),
          cite: art18('Art 18(1)'),
        },
      ],
      requiresCooperation: false,
      duration: firstPermit,
      next: (ctx) => programmeKept(ctx),
    },
    renewed: {
      name: 'pathways.stage.it-art18.renewed',
      entitlements: [...permitEntitlements],
      conditions: [
        {
          text: say('continued participation in the programme'),
          cite: art18('Art 18(4)', { certainty: 'M' }),
        },
      ],
      requiresCooperation: false,
      duration: renewal,
      next: () => ({
        end: 'residence_permit',
        note: say('Convertible into an ordinary work or study permit (Art 18(5)) [S].'),
      }),
    },
  },
  notes: [say('No formal reflection period in Italian law.')],
};

/** Art 18(4): the permit may be revoked where the programme is interrupted or conduct is incompatible [M]. */
function programmeKept(ctx: Parameters<typeof itArt18.begin>[0]) {
  const contact = flagTruth(
    ctx.read(
      'authorities.renewedContactWithExploiters',
      say('conduct incompatible with the programme may lead to revocation'),
      art18('Art 18(4)', { certainty: 'M' }),
    ),
  );
  return contact === 'met'
    ? ({
        end: 'removal',
        note: say('Permit revoked: programme interrupted or conduct incompatible (Art 18(4)) [M].'),
      } as const)
    : ({ to: 'renewed' } as const);
}
