// Every instrument Continuum knows, in the order they are shown.
import type { Instrument } from '../instrument.js';
import { coeTraffickingConvention } from './coe-trafficking-convention-2005.js';
import { echrArticle4, echrServitude } from './echr-article-4.js';
import { euTraffickingDirective } from './eu-trafficking-directive-2011.js';
import { iloForcedLabourConvention } from './ilo-forced-labour-convention-1930.js';
import { slaveryConvention } from './slavery-convention-1926.js';
import { supplementarySlaveryConvention } from './supplementary-slavery-convention-1956.js';
import { ukModernSlaveryAct } from './uk-modern-slavery-act-2015.js';
import { unSmugglingProtocol } from './un-smuggling-protocol-2000.js';
import { unTraffickingProtocol } from './un-trafficking-protocol-2000.js';
import { usTvpa } from './us-tvpa-2000.js';

export const instruments: readonly Instrument[] = [
  unTraffickingProtocol,
  unSmugglingProtocol,
  iloForcedLabourConvention,
  slaveryConvention,
  supplementarySlaveryConvention,
  echrArticle4,
  echrServitude,
  // Regional and national law: applied only to events while in force.
  coeTraffickingConvention,
  euTraffickingDirective,
  ukModernSlaveryAct,
  usTvpa,
];

export function findInstrument(id: string): Instrument | undefined {
  return instruments.find((instrument) => instrument.id === id);
}
