// One case on the continuum: its Delphi profile, its band with what placed it and what would move
// it, and its structural vulnerability — the `continuum profile --json` contract (schemaVersion 1).
import type { CaseFacts } from '../facts/schema.js';
import { defaultLang, type Lang } from '../i18n/index.js';
import { readerFor } from '../law/logic/evaluate.js';
import { type BandPlacement, bandPlacementOf } from './bands.js';
import { type Profile, profileOf } from './profile.js';
import { type VulnerabilityReading, vulnerabilityOf } from './vulnerability.js';

export const CONTINUUM_SCHEMA_VERSION = 1;

export type ContinuumReport = {
  schemaVersion: typeof CONTINUUM_SCHEMA_VERSION;
  /** The language of the texts (names, notes, questions, mechanisms). */
  lang: Lang;
  case: { id: string | null; title: string | null };
  profile: Profile;
  band: BandPlacement;
  vulnerability: VulnerabilityReading[];
};

export function continuumReport(facts: CaseFacts, lang: Lang = defaultLang): ContinuumReport {
  const read = readerFor(facts);
  return {
    schemaVersion: CONTINUUM_SCHEMA_VERSION,
    lang,
    case: { id: facts.id ?? null, title: facts.title ?? null },
    profile: profileOf(read, { lang }),
    band: bandPlacementOf(read, lang),
    vulnerability: vulnerabilityOf(read, lang),
  };
}
