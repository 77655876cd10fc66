// The CTDC file formats (../shared/reference/data.md §1.2–1.3) and how a header is recognised.
// Two families: the k-anonymised Global Dataset (63 columns, `-99` missing, 0/1 flags, alpha-2
// countries) and the Global Synthetic Dataset (27 columns, `1`/empty flags, alpha-3 countries), the
// latter in three namings: 2021 (meansOfControl* names cut to 32 characters), 2024 (`typeOf*`) and
// the later `sectorOf*` copy.

import {
  exploitationMapping,
  type FlagGroup,
  kAnonMeansMapping,
  labourSectorMapping,
  type Naming,
  recruiterMapping,
  syntheticMeansMapping,
} from './ctdc-mapping.js';

export type CtdcFormat =
  | 'ctdc-k-anonymised'
  | 'ctdc-synthetic-2021'
  | 'ctdc-synthetic-2024'
  | 'ctdc-synthetic-sector';

export const ctdcFormats: readonly CtdcFormat[] = [
  'ctdc-k-anonymised',
  'ctdc-synthetic-2021',
  'ctdc-synthetic-2024',
  'ctdc-synthetic-sector',
];

export { type FlagGroup, flagGroups } from './ctdc-mapping.js';

/** What one column holds, independent of the release's naming. */
export type ColumnRole =
  | { kind: 'year' }
  | { kind: 'gender' }
  | { kind: 'age' }
  | { kind: 'majority'; at: 'registration' | 'exploitation' | 'entry' }
  | { kind: 'country'; of: 'citizenship' | 'exploitation' }
  | { kind: 'months' }
  | { kind: 'flag'; group: FlagGroup; item: string }
  /** Not CTDC's: a column `list:NAME` (or `list_NAME`) saying which organisation identified the person. */
  | { kind: 'list'; name: string }
  | { kind: 'ignored'; why: string };

export type FormatSpec = {
  format: CtdcFormat;
  /** How a missing value is written (besides the empty cell). */
  missing: readonly string[];
  /** Whether `0` is a written value of a flag (k-anonymised) or should never appear (synthetic). */
  zeroFlags: boolean;
  countryCodes: 'alpha-2' | 'alpha-3';
  /** How its items are named and read (ctdc-mapping.ts). */
  naming: Naming;
};

const synthetic = (format: CtdcFormat, mergedMeans: boolean): FormatSpec => ({
  format,
  missing: [],
  zeroFlags: false,
  countryCodes: 'alpha-3',
  naming: { synthetic: true, mergedMeans },
});

export const formatSpecs: Record<CtdcFormat, FormatSpec> = {
  'ctdc-k-anonymised': {
    format: 'ctdc-k-anonymised',
    missing: ['-99'],
    zeroFlags: true,
    countryCodes: 'alpha-2',
    naming: { synthetic: false, mergedMeans: false },
  },
  'ctdc-synthetic-2021': synthetic('ctdc-synthetic-2021', false),
  'ctdc-synthetic-2024': synthetic('ctdc-synthetic-2024', true),
  'ctdc-synthetic-sector': synthetic('ctdc-synthetic-sector', true),
};

// Item names, as they follow each prefix in the files: those of the mapping tables (ctdc-mapping.ts).
export const kAnonMeansItems = Object.keys(kAnonMeansMapping);
/** The 2024 merges (Stöckl et al. 2021), as named in the synthetic files. */
export const syntheticMeansItems = Object.keys(syntheticMeansMapping);
export const exploitationItems = Object.keys(exploitationMapping(true));
export const labourItems = Object.keys(labourSectorMapping);
export const recruiterItems = Object.keys(recruiterMapping);
/** Sex-industry sectors: any but Other sets the sector (ctdc-mapping.ts). */
export const sexItems = [
  'Prostitution',
  'Pornography',
  'RemoteInteractiveServices',
  'PrivateSexualServices',
  'Other',
] as const;

const fixedRoles: Record<string, ColumnRole> = {
  yearOfRegistration: { kind: 'year' },
  gender: { kind: 'gender' },
  ageBroad: { kind: 'age' },
  majorityStatus: { kind: 'majority', at: 'registration' },
  majorityStatusAtExploit: { kind: 'majority', at: 'exploitation' },
  majorityEntry: { kind: 'majority', at: 'entry' },
  citizenship: { kind: 'country', of: 'citizenship' },
  CountryOfExploitation: { kind: 'country', of: 'exploitation' },
  traffickMonths: { kind: 'months' },
  isAbduction: { kind: 'flag', group: 'abduction', item: 'Abduction' },
  Datasource: { kind: 'ignored', why: 'the contributing source is not a fact about the case' },
  RecruiterRelationship: { kind: 'ignored', why: 'repeats the recruiterRelation* flags' },
  meansOfControlConcatenated: { kind: 'ignored', why: 'repeats the meansOfControl* flags' },
  typeOfExploitConcatenated: { kind: 'ignored', why: 'repeats the is* flags' },
  typeOfLabourConcatenated: { kind: 'ignored', why: 'repeats the typeOfLabour* flags' },
  typeOfSexConcatenated: { kind: 'ignored', why: 'repeats the typeOfSex* flags' },
};

function flagRoles(prefix: string, group: FlagGroup, items: readonly string[]): Array<[string, ColumnRole]> {
  return items.map((item) => [`${prefix}${item}`, { kind: 'flag', group, item }]);
}

/** Every column name any release uses, with its role. */
export const knownColumns: ReadonlyMap<string, ColumnRole> = new Map<string, ColumnRole>([
  ...Object.entries(fixedRoles),
  ...flagRoles('meansOfControl', 'means', kAnonMeansItems),
  ...flagRoles('means', 'means', syntheticMeansItems),
  ...flagRoles('is', 'exploitation', exploitationItems),
  ...flagRoles('typeOfLabour', 'labourSector', labourItems),
  ...flagRoles('sectorOfLabour', 'labourSector', labourItems),
  ...flagRoles('typeOfSex', 'sexSector', sexItems),
  ...flagRoles('sectorOfSex', 'sexSector', sexItems),
  ...flagRoles('recruiterRelation', 'recruiter', recruiterItems),
]);

/** The 2021 synthetic file cut names to 32 characters: a header that long matches by prefix. */
const TRUNCATED_LENGTH = 32;

/** List-membership columns: `list:NGO` or `list_NGO`, 1 when the person is on that list. */
const LIST_PREFIX = /^list[:_](.+)$/;

export function roleOf(column: string): { name: string; role: ColumnRole } | undefined {
  const list = LIST_PREFIX.exec(column);
  if (list) return { name: column, role: { kind: 'list', name: list[1] } };
  const exact = knownColumns.get(column);
  if (exact) return { name: column, role: exact };
  if (column.length === TRUNCATED_LENGTH) {
    for (const [name, role] of knownColumns) if (name.startsWith(column)) return { name, role };
  }
  return undefined;
}

export type DetectedHeader = {
  spec: FormatSpec;
  /** Per column index: the full name and role, or undefined for a column we do not know. */
  columns: Array<{ name: string; role: ColumnRole } | undefined>;
  unknownColumns: string[];
  /** List-membership columns, in column order (bit i of a record's `lists` = list i). */
  lists: string[];
};

export type DetectionFailure = { ok: false; message: string; expected: string; found: string };

/**
 * The format from the header alone. Marks of each family: the k-anonymised file has `Datasource`
 * and the `…Concatenated` columns; the 2024+ synthetic files the merged `means*` names; the 2021
 * synthetic file `meansOfControl*` names without the k-anonymised marks.
 */
export function detectFormat(
  header: readonly string[],
): { ok: true; value: DetectedHeader } | DetectionFailure {
  const names = header.map((h) => h.trim().replace(/^\uFEFF/, ''));
  const columns = names.map(roleOf);
  const full = new Set(columns.flatMap((c) => (c ? [c.name] : [])));
  const unknownColumns = names.filter((_, i) => !columns[i]);
  let format: CtdcFormat | undefined;
  if (!full.has('yearOfRegistration')) format = undefined;
  else if (full.has('Datasource') || full.has('meansOfControlConcatenated')) format = 'ctdc-k-anonymised';
  else if (syntheticMeansItems.some((item) => full.has(`means${item}`))) {
    format = [...full].some((name) => name.startsWith('sectorOf'))
      ? 'ctdc-synthetic-sector'
      : 'ctdc-synthetic-2024';
  } else if (kAnonMeansItems.some((item) => full.has(`meansOfControl${item}`)))
    format = 'ctdc-synthetic-2021';
  if (!format) {
    return {
      ok: false,
      message: 'not a CTDC file this version can read',
      expected:
        'a CTDC header with yearOfRegistration and the means-of-control columns (k-anonymised Global Dataset or Global Synthetic Dataset)',
      found: names.slice(0, 6).join(',') + (names.length > 6 ? ',…' : ''),
    };
  }
  const lists = columns.flatMap((c) => (c?.role.kind === 'list' ? [c.role.name] : []));
  return { ok: true, value: { spec: formatSpecs[format], columns, unknownColumns, lists } };
}
