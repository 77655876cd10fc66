// whatIf(case, scenario): assess the case as given and with the scenario's patch, and report every
// change — in the instruments' verdicts, the band, the Delphi profile and the structural
// vulnerability factors. Pure: no I/O, the input is not modified.
//
// Extension point: other engines that read the same facts (the protection pathways, once they
// exist) plug in as a `WhatIfExtension` — a function from the two versions of the case to a list
// of changes — passed in `options.extensions` or added to `whatIfExtensions`. Their changes appear
// under `changes.extensions[id]`.
import type { CaseFacts } from '../facts/schema.js';
import { defaultLang, type Lang } from '../i18n/index.js';
import { instruments } from '../law/instruments/index.js';
import { type FactReader, readerFor, truthOf } from '../law/logic/evaluate.js';
import type { Truth } from '../law/logic/truth.js';
import { instrumentTitle } from '../law/titles.js';
import { type BandRange, bandRangeOf } from './bands.js';
import type { DimensionId } from './indicators/types.js';
import { profileOf } from './profile.js';
import { applyScenario, findScenario, type PatchEntry, type Scenario, scenarioWords } from './scenarios.js';
import type { SurveyCategory } from './survey.js';
import { type VulnerabilityId, vulnerabilityOf } from './vulnerability.js';

export const WHATIF_SCHEMA_VERSION = 1;

/** A change an extension found: `what` and the `…Words` in the what-if's language, `from`/`to` as data. */
export type ExtensionChange = {
  /** What changed, for machines (e.g. `coe-2005.eligibility`). */
  id?: string;
  what: string;
  from: unknown;
  to: unknown;
  fromWords?: string;
  toWords?: string;
  note?: string;
};

export type WhatIfExtension = {
  id: string;
  compare: (before: CaseFacts, after: CaseFacts, lang?: Lang) => ExtensionChange[];
};

/** Registered extensions, run by every what-if (the pathways engine adds itself here). */
export const whatIfExtensions: WhatIfExtension[] = [];

export type DimensionSummary = {
  id: DimensionId;
  strong: number;
  medium: number;
  weak: number;
  positive: Truth;
};

export type Snapshot = {
  instruments: Array<{ id: string; title: string; verdict: Truth }>;
  band: BandRange;
  profile: {
    dimensions: DimensionSummary[];
    delphiTrafficking: Truth;
    survey: SurveyCategory['category'];
  };
  vulnerability: Array<{ id: VulnerabilityId; present: Truth }>;
};

export type Change<T> = { from: T; to: T };

export type WhatIf = {
  schemaVersion: typeof WHATIF_SCHEMA_VERSION;
  /** The language of the texts (scenario, reasons, extensions' words). */
  lang: Lang;
  case: { id: string | null; title: string | null };
  scenario: { id: string; title: string; description: string };
  patch: PatchEntry[];
  before: Snapshot;
  after: Snapshot;
  changes: {
    instruments: Array<{ id: string; title: string } & Change<Truth>>;
    band: Change<BandRange> | null;
    dimensions: Array<{ id: DimensionId } & Change<DimensionSummary>>;
    delphiTrafficking: Change<Truth> | null;
    survey: Change<SurveyCategory['category']> | null;
    vulnerability: Array<{ id: VulnerabilityId } & Change<Truth>>;
    extensions: Record<string, ExtensionChange[]>;
  };
  /** Nothing at all changed. */
  unchanged: boolean;
};

export function snapshotOf(read: FactReader, lang?: Lang): Snapshot {
  const profile = profileOf(read, { pivotal: false });
  return {
    instruments: instruments.map((instrument) => ({
      id: instrument.id,
      title: instrumentTitle(instrument, lang),
      verdict: truthOf(instrument.rule, read),
    })),
    band: bandRangeOf(read),
    profile: {
      dimensions: profile.dimensions.map(({ id, strong, medium, weak, positive }) => ({
        id,
        strong,
        medium,
        weak,
        positive,
      })),
      delphiTrafficking: profile.delphiTrafficking,
      survey: profile.survey.category,
    },
    vulnerability: vulnerabilityOf(read).map(({ id, present }) => ({ id, present })),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function changed<T>(from: T, to: T): Change<T> | null {
  return same(from, to) ? null : { from, to };
}

export function whatIf(
  facts: CaseFacts,
  scenario: Scenario | string,
  options: { extensions?: readonly WhatIfExtension[]; lang?: Lang } = {},
): WhatIf {
  const lang = options.lang ?? defaultLang;
  const chosen = typeof scenario === 'string' ? findScenario(scenario) : scenario;
  if (!chosen) throw new RangeError(`unknown scenario "${String(scenario)}"`);
  const { facts: patched, patch } = applyScenario(facts, chosen, lang);
  const before = snapshotOf(readerFor(facts), lang);
  const after = snapshotOf(readerFor(patched), lang);
  const extensions: Record<string, ExtensionChange[]> = {};
  for (const extension of [...whatIfExtensions, ...(options.extensions ?? [])]) {
    const found = extension.compare(facts, patched, lang);
    if (found.length > 0) extensions[extension.id] = found;
  }
  const changes: WhatIf['changes'] = {
    instruments: before.instruments.flatMap((b, i) => {
      const a = after.instruments[i];
      return b.verdict === a.verdict ? [] : [{ id: b.id, title: b.title, from: b.verdict, to: a.verdict }];
    }),
    band: changed(before.band, after.band),
    dimensions: before.profile.dimensions.flatMap((b, i) => {
      const a = after.profile.dimensions[i];
      return same(b, a) ? [] : [{ id: b.id, from: b, to: a }];
    }),
    delphiTrafficking: changed(before.profile.delphiTrafficking, after.profile.delphiTrafficking),
    survey: changed(before.profile.survey, after.profile.survey),
    vulnerability: before.vulnerability.flatMap((b, i) => {
      const a = after.vulnerability[i];
      return b.present === a.present ? [] : [{ id: b.id, from: b.present, to: a.present }];
    }),
    extensions,
  };
  const unchanged =
    patch.length === 0 &&
    changes.instruments.length === 0 &&
    !changes.band &&
    changes.dimensions.length === 0 &&
    !changes.delphiTrafficking &&
    !changes.survey &&
    changes.vulnerability.length === 0 &&
    Object.keys(extensions).length === 0;
  return {
    schemaVersion: WHATIF_SCHEMA_VERSION,
    lang,
    case: { id: facts.id ?? null, title: facts.title ?? null },
    scenario: { id: chosen.id, ...scenarioWords(chosen.id, lang) },
    patch,
    before,
    after,
    changes,
    unchanged,
  };
}
