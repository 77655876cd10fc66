// ILO Convention concerning Forced or Compulsory Labour, 1930 (No. 29). Adopted 28 Jun 1930;
// in force 1 May 1932. The 2014 Protocol (P029) reaffirms the definition.
import {
  excludedStateObligations,
  exclusions,
  involuntariness,
  menaceOfPenalty,
  workOrService,
} from '../elements/forced-labour.js';
import type { Instrument } from '../instrument.js';
import { citer } from '../logic/citation.js';
import { all, unless } from '../logic/rule.js';

const cite = citer('ILO Forced Labour Convention, 1930 (No. 29)', '1932-05-01', 'V');

// Art 2(1) — forced or compulsory labour is all work or service exacted from any person under the
// menace of any penalty and for which the person has not offered themselves voluntarily.
const definition = all(
  'forced-labour-elements',
  'Work or service exacted under the menace of a penalty, not offered voluntarily',
  [workOrService(cite('Art 2(1)')), menaceOfPenalty(cite('Art 2(1)')), involuntariness(cite('Art 2(1)'))],
  cite('Art 2(1)'),
);

// Art 2(2)(a)–(e) — the exclusions: compulsory military service of a purely military character,
// normal civic obligations, supervised prison labour not placed at the disposal of private parties,
// work in emergencies, minor communal services. Beside them, an obligation accepted with a chosen
// profession or a state benefit, not disproportionate: whether it is offered voluntarily (Art 2(1))
// is contested (the European Court says it is, Van der Mussele §37), so it keeps a verdict open.
export const forcedLabourC029 = unless(
  'forced-labour',
  'Forced or compulsory labour',
  definition,
  exclusions(cite('Art 2(2)')),
  'not_met',
  cite('Art 2'),
);

export const iloForcedLabourConvention: Instrument = {
  id: 'ilo-forced-labour-convention',
  title: 'ILO Forced Labour Convention, 1930 (No. 29)',
  level: 'international',
  citation: cite('Art 2'),
  adopted: '1930-06-28',
  inForce: { from: '1932-05-01' },
  rule: forcedLabourC029,
  defeasiblePaths: [
    'exploitation.stateImposedObligation',
    'exploitation.obligationDisproportionate',
    'exploitation.intendedOnly',
    'control.freeToLeave',
  ],
};

export { excludedStateObligations };
