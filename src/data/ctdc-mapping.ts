// From one CTDC record to partial case facts: the documented mapping (README "Case data"), as the
// column groups of `columnGroups` below: each says once which columns it holds and the facts they
// set. The settable paths, the scan's caching groups (ctdc-row-plan.ts) and mapRecord itself are
// all read off that one list.
// CTDC records what a case worker ticked; an unticked box is not evidence that something did not
// happen, so no flag ever becomes `false`. Where a CTDC item merges several facts of the vocabulary
// (the 2024 merges, "false promises"), the record says "one of these": it becomes a choice, and the
// verdict is settled only if every choice gives the same one (see supervaluation.ts).
import type { CaseFacts, ExploitationKind } from '../facts/schema.js';
import { deceivedAboutItems } from '../facts/schema.js';
import type { ColumnRole } from './ctdc-format.js';
import type { AgeBand, CellValue, Gender, Majority, MonthBand } from './ctdc-values.js';
import { ageBandUpperBound } from './ctdc-values.js';

/** The variable groups of the codebook's percentage rule (2024 codebook §6). */
export const flagGroups = [
  'means',
  'exploitation',
  'labourSector',
  'sexSector',
  'recruiter',
  'abduction',
] as const;
export type FlagGroup = (typeof flagGroups)[number];

export type CtdcRecord = {
  year: number | null;
  gender: Gender | null;
  age: AgeBand | null;
  majorityAtExploitation: Majority | null;
  majorityAtEntry: Majority | null;
  citizenship: string | null;
  countryOfExploitation: string | null;
  months: MonthBand | null;
  /** Per variable group, the items written `1`, in column order. */
  flags: Record<FlagGroup, string[]>;
  /** Which lists the person is on (bit i = the header's i-th list column); 0 without list columns. */
  lists: number;
};

/** One fact set: a dotted path and its value. `exploitation.kinds` adds a kind to the list. */
export type Assignment = readonly [path: string, value: unknown];

/** A CTDC item's meaning in the vocabulary: one certain set of facts, or a choice of several. */
export type ItemMapping = {
  /** Each option is one way the item can be true; one option = certain; an empty option = no fact. */
  options: ReadonlyArray<readonly Assignment[]>;
  note: string;
};

const certain = (note: string, ...facts: Assignment[]): ItemMapping => ({ options: [facts], note });
const oneOf = (note: string, ...options: Assignment[][]): ItemMapping => ({ options, note });
const none = (note: string): ItemMapping => ({ options: [[]], note });
const t = (path: string): Assignment => [path, true];

const falsePromises = oneOf(
  'deceived about something; which item is not recorded',
  ...deceivedAboutItems.map((item) => [t(`recruitment.deceivedAbout.${item}`)]),
);

/** Means of control, by item name as it follows the prefix (k-anonymised and 2021 synthetic). */
export const kAnonMeansMapping: Record<string, ItemMapping> = {
  DebtBondage: certain('', t('control.debtBondage')),
  TakesEarnings: certain('', t('control.wagesWithheld')),
  RestrictsFinancialAccess: none('no vocabulary item: control of money is neither a debt nor withheld wages'),
  Threats: certain('HTCDS PhysicalThreats', t('control.threatsOfViolence')),
  PsychologicalAbuse: none('no vocabulary item for psychological abuse'),
  PhysicalAbuse: certain('', t('control.violence')),
  SexualAbuse: certain('', t('control.sexualViolence')),
  FalsePromises: falsePromises,
  PsychoactiveSubstances: certain('drugs or alcohol used to control', t('control.underStrongInfluence')),
  RestrictsMovement: certain('', t('control.isolationConfinementOrSurveillance')),
  RestrictsMedicalCare: none('no vocabulary item for denied medical care'),
  ExcessiveWorkingHours: certain('', t('exploitation.conditions.excessiveHours')),
  UsesChildren: certain('HTCDS ThreatensChildrenFamily', t('control.violenceOrThreatsAgainstFamily')),
  ThreatOfLawEnforcement: certain('', t('control.threatOfDenunciationToAuthorities')),
  WithholdsNecessities: certain(
    'food, sleep or shelter withheld',
    t('exploitation.conditions.badLivingConditions'),
  ),
  WithholdsDocuments: certain('', t('control.documentsConfiscated')),
  Other: none('unspecified'),
  NotSpecified: none('unspecified'),
};

/** The 2024 merged items: each merge is a choice among its parts' facts. */
export const syntheticMeansMapping: Record<string, ItemMapping> = {
  DebtBondageEarnings: oneOf(
    'merges debt bondage and taking earnings',
    [t('control.debtBondage')],
    [t('control.wagesWithheld')],
  ),
  Threats: oneOf(
    'merges threats, using children and threat of law enforcement',
    [t('control.threatsOfViolence')],
    [t('control.violenceOrThreatsAgainstFamily')],
    [t('control.threatOfDenunciationToAuthorities')],
  ),
  AbusePsyPhySex: oneOf(
    'merges psychological (no vocabulary item), physical and sexual abuse: settles nothing alone',
    [],
    [t('control.violence')],
    [t('control.sexualViolence')],
  ),
  FalsePromises: falsePromises,
  DrugsAlcohol: kAnonMeansMapping.PsychoactiveSubstances,
  DenyBasicNeeds: oneOf(
    'merges restricted money, movement, medical care and withheld necessities: settles nothing alone',
    [],
    [t('control.isolationConfinementOrSurveillance')],
    [t('exploitation.conditions.badLivingConditions')],
  ),
  ExcessiveWorkHours: kAnonMeansMapping.ExcessiveWorkingHours,
  WithholdDocs: kAnonMeansMapping.WithholdsDocuments,
};

const kind = (k: ExploitationKind): Assignment => ['exploitation.kinds', k];

/**
 * Types of exploitation. Within a record that has any type ticked, the codebook reads the others as
 * 0 (2024 codebook §6), so the kinds list is complete — unless a type outside the vocabulary is
 * ticked, when the list stays unknown.
 */
export function exploitationMapping(synthetic: boolean): Record<string, ItemMapping | 'opaque'> {
  return {
    ForcedLabour: certain('', kind('labour')),
    SexualExploit: certain('', kind('sexual')),
    // 2024 codebook: "Other" covers forced marriage, forced military service and organ removal.
    OtherExploit: synthetic
      ? oneOf(
          'forced marriage, military service or organ removal',
          [kind('forced_marriage')],
          [kind('military')],
          [kind('organ_removal')],
        )
      : 'opaque',
    SexAndLabour: certain('', kind('labour'), kind('sexual')),
    ForcedMarriage: certain('', kind('forced_marriage')),
    ForcedMilitary: certain('', kind('military')),
    OrganRemoval: certain('', kind('organ_removal')),
    SlaveryAndPractices: 'opaque',
  };
}

const syntheticKinds = exploitationMapping(true);
const kAnonKinds = exploitationMapping(false);

type Sector = NonNullable<NonNullable<CaseFacts['exploitation']>['sector']>;

export const labourSectorMapping: Record<string, Sector | null> = {
  Agriculture: 'agriculture',
  Aquafarming: 'fishing',
  Begging: 'begging',
  Construction: 'construction',
  DomesticWork: 'domestic_work',
  Hospitality: 'hospitality',
  IllicitActivities: 'illicit_activities',
  Manufacturing: 'manufacturing',
  MiningOrDrilling: 'mining',
  Peddling: 'other',
  Transportation: 'other',
  Other: 'other',
  NotSpecified: null,
};

type Recruiter = NonNullable<NonNullable<CaseFacts['recruitment']>['recruiter']>;

export const recruiterMapping: Record<string, Recruiter | null | 'none'> = {
  IntimatePartner: 'partner',
  Friend: 'friend_or_acquaintance',
  Family: 'family',
  // "Other includes labour brokers, employers and smugglers": a recruiter, of no one vocabulary type.
  Other: null,
  Unknown: 'none',
};

/** The facts a record establishes: certain ones, and the choices its merged items leave open. */
export type MappedFacts = { base: Assignment[]; choices: Array<ReadonlyArray<readonly Assignment[]>> };

/** Which CTDC release naming the file uses: `mergedMeans` the 2024+ synthetic, `synthetic` any synthetic. */
export type Naming = { synthetic: boolean; mergedMeans: boolean };

function addItem(mapping: ItemMapping | 'opaque' | undefined, out: MappedFacts): void {
  if (!mapping || mapping === 'opaque') return;
  // An option with no fact means the item may be true without any vocabulary fact being true:
  // then the item settles nothing, and is left out (the verdict is as if it were not recorded).
  if (mapping.options.some((option) => option.length === 0)) return;
  if (mapping.options.length === 1) out.base.push(...mapping.options[0]);
  else out.choices.push(mapping.options);
}

const optionPaths = (mapping: ItemMapping | 'opaque'): string[] =>
  mapping === 'opaque' ? [] : mapping.options.flatMap((option) => option.map(([path]) => path));

const flagOf =
  (...groups: FlagGroup[]) =>
  (role: ColumnRole) =>
    role.kind === 'flag' && groups.includes(role.group);

/**
 * A group of CTDC columns that mapRecord reads together, and apart from every other group: the
 * columns it holds, every path it can set, and its facts from the part of a record its columns set.
 */
export type ColumnGroup = {
  name: string;
  holds: (role: ColumnRole) => boolean;
  paths: readonly string[];
  facts: (record: CtdcRecord, naming: Naming, out: MappedFacts) => void;
};

/** Every group, in the order mapRecord sets their facts. */
export const columnGroups: readonly ColumnGroup[] = [
  {
    name: 'gender',
    holds: (role) => role.kind === 'gender',
    paths: ['person.gender'],
    facts: (record, _, out) => {
      if (record.gender) out.base.push(['person.gender', record.gender]);
    },
  },
  {
    name: 'citizenship',
    holds: (role) => role.kind === 'country' && role.of === 'citizenship',
    paths: ['person.citizenships'],
    facts: (record, _, out) => {
      if (record.citizenship) out.base.push(['person.citizenships', [record.citizenship]]);
    },
  },
  {
    name: 'country of exploitation',
    holds: (role) => role.kind === 'country' && role.of === 'exploitation',
    paths: ['jurisdiction'],
    facts: (record, _, out) => {
      if (record.countryOfExploitation) out.base.push(['jurisdiction', record.countryOfExploitation]);
    },
  },
  {
    // Ages: a band or a majority status gives a bound, set at the bound nearest the age of
    // majority, the only age line the rules draw. Recruitment precedes registration, so a child at
    // registration was a child at recruitment.
    name: 'age',
    holds: (role) => role.kind === 'age' || role.kind === 'majority',
    paths: ['person.ageAtRecruitment', 'person.ageAtExploitation'],
    facts: (record, _, out) => {
      const registrationBound = record.age ? ageBandUpperBound[record.age] : null;
      const minorAtRecruitment =
        record.majorityAtEntry === 'minor' || (registrationBound !== null && registrationBound < 18);
      const adultAtRecruitment = record.majorityAtEntry === 'adult';
      const minorAtExploitation = record.majorityAtExploitation === 'minor';
      // Contradictory statuses (an adult at entry, a minor later) leave every age unknown.
      if (adultAtRecruitment && (minorAtRecruitment || minorAtExploitation)) return;
      if (minorAtRecruitment)
        out.base.push(['person.ageAtRecruitment', Math.min(17, registrationBound ?? 17)]);
      else if (adultAtRecruitment) out.base.push(['person.ageAtRecruitment', 18]);
      if (minorAtExploitation) out.base.push(['person.ageAtExploitation', 17]);
    },
  },
  {
    name: 'means',
    holds: flagOf('means'),
    paths: [...Object.values(kAnonMeansMapping), ...Object.values(syntheticMeansMapping)].flatMap(
      optionPaths,
    ),
    facts: (record, { mergedMeans }, out) => {
      const meansMapping = mergedMeans ? syntheticMeansMapping : kAnonMeansMapping;
      for (const item of record.flags.means) addItem(meansMapping[item], out);
    },
  },
  {
    name: 'exploitation',
    holds: flagOf('exploitation'),
    paths: Object.values(exploitationMapping(true)).flatMap(optionPaths),
    facts: (record, { synthetic }, out) => {
      const kinds = synthetic ? syntheticKinds : kAnonKinds;
      if (record.flags.exploitation.some((item) => kinds[item] === 'opaque')) return;
      const before = out.base.length + out.choices.length;
      for (const item of record.flags.exploitation) addItem(kinds[item], out);
      // A ticked type group with no kind in it would be "no exploitation": keep that unknown instead.
      if (out.base.length + out.choices.length > before) out.base.push(['exploitation.kinds', undefined]);
    },
  },
  {
    // One sector is set from both variable groups of sectors.
    name: 'sector',
    holds: flagOf('labourSector', 'sexSector'),
    paths: ['exploitation.sector'],
    facts: (record, _, out) => {
      const sectors = new Set<Sector>();
      for (const item of record.flags.labourSector) {
        const sector = labourSectorMapping[item];
        if (sector) sectors.add(sector);
      }
      if (record.flags.sexSector.some((item) => item !== 'Other')) sectors.add('sex_industry');
      // The vocabulary holds one sector: several ticked leave it unknown.
      if (sectors.size === 1) out.base.push(['exploitation.sector', [...sectors][0]]);
    },
  },
  {
    name: 'recruiter',
    holds: flagOf('recruiter'),
    paths: ['recruitment.recruited', 'recruitment.recruiter'],
    facts: (record, _, out) => {
      const recruiters = record.flags.recruiter
        .map((item) => recruiterMapping[item])
        .filter((r) => r !== 'none');
      if (recruiters.length === 0) return;
      // A recorded relationship to a recruiter means someone recruited the person (the act).
      out.base.push(['recruitment.recruited', true]);
      const types = new Set(recruiters);
      const only = [...types][0];
      if (types.size === 1 && only) out.base.push(['recruitment.recruiter', only]);
    },
  },
  {
    name: 'abduction',
    holds: flagOf('abduction'),
    paths: ['recruitment.coercedBy.abductionSaleOrForcedMarriage'],
    facts: (record, _, out) => {
      if (record.flags.abduction.length > 0)
        out.base.push(t('recruitment.coercedBy.abductionSaleOrForcedMarriage'));
    },
  },
];

/** Every path `mapRecord` can set: all other paths are unknown in every CTDC record. */
export const settablePaths: ReadonlySet<string> = new Set(columnGroups.flatMap((group) => group.paths));

/** The facts a record establishes: each group's, in order. */
export function mapRecord(record: CtdcRecord, naming: Naming): MappedFacts {
  const out: MappedFacts = { base: [], choices: [] };
  for (const group of columnGroups) group.facts(record, naming, out);
  return out;
}

/** Sets one cell's value on a record, as its column's role says. */
export function assign(record: CtdcRecord, role: ColumnRole, value: CellValue, listBit: number): void {
  switch (role.kind) {
    case 'year':
      record.year = value as number;
      break;
    case 'gender':
      record.gender = value as Gender;
      break;
    case 'age':
      record.age = value as AgeBand;
      break;
    case 'majority':
      if (role.at === 'exploitation') record.majorityAtExploitation = value as Majority;
      else if (role.at === 'entry') record.majorityAtEntry = value as Majority;
      break;
    case 'country':
      if (role.of === 'citizenship') record.citizenship = value as string;
      else record.countryOfExploitation = value as string;
      break;
    case 'months':
      record.months = value as MonthBand;
      break;
    case 'flag':
      record.flags[role.group].push(role.item);
      break;
    case 'list':
      record.lists |= listBit;
      break;
  }
}

/** Most groups of most records are empty: they share one frozen empty list. */
const noItems: string[] = Object.freeze([]) as unknown as string[];

/** Past this many distinct lists, interning starts again (memory stays bounded). */
const MAX_SHARED_LISTS = 10_000;
const sharedLists = new Map<string, string[]>();

/** One frozen list per distinct content (items in column order), so that equal lists are one object. */
function share(items: string[]): string[] {
  if (items.length === 0) return noItems;
  const key = items.length === 1 ? items[0] : items.join('\u0000');
  let shared = sharedLists.get(key);
  if (!shared) {
    if (sharedLists.size >= MAX_SHARED_LISTS) sharedLists.clear();
    shared = Object.freeze(items) as string[];
    sharedLists.set(key, shared);
  }
  return shared;
}

const flagsOf = (list: (group: FlagGroup) => string[]) =>
  Object.fromEntries(flagGroups.map((group) => [group, list(group)])) as CtdcRecord['flags'];

/**
 * A record's flags, frozen (records share them), each group's list shared by every record with the
 * same items in it (the summary counts items per list: ctdc-summary.ts).
 */
export const shareFlags = (flags: CtdcRecord['flags']): CtdcRecord['flags'] =>
  Object.freeze(flagsOf((group) => share(flags[group])));

/** The flags of a record with none (shared, frozen). */
export const noFlags: CtdcRecord['flags'] = shareFlags(flagsOf(() => noItems));

/** A record with nothing recorded; its flag lists open to `assign` unless others are given. */
export const emptyRecord = (flags: CtdcRecord['flags'] = flagsOf(() => [])): CtdcRecord => ({
  year: null,
  gender: null,
  age: null,
  majorityAtExploitation: null,
  majorityAtEntry: null,
  citizenship: null,
  countryOfExploitation: null,
  months: null,
  flags,
  lists: 0,
});

/** Builds a facts object from assignments. `exploitation.kinds` with undefined starts an empty list. */
const splitPaths = new Map<string, string[]>();

export function buildFacts(assignments: Iterable<Assignment>): CaseFacts {
  const facts: Record<string, unknown> = { schemaVersion: 1 };
  for (const [path, value] of assignments) {
    let keys = splitPaths.get(path);
    if (!keys) {
      keys = path.split('.');
      splitPaths.set(path, keys);
    }
    let node = facts;
    for (const key of keys.slice(0, -1)) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    const last = keys[keys.length - 1];
    if (path === 'exploitation.kinds') {
      if (!Array.isArray(node[last])) node[last] = [];
      const list = node[last] as unknown[];
      if (value !== undefined && !list.includes(value)) list.push(value);
    } else node[last] = value;
  }
  return facts as CaseFacts;
}
