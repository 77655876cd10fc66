// What a CTDC record can be counted by in a release (`continuum aggregate --by …`): each dimension
// gives one value per record (null = not recorded, its own category), so the cells of a table
// partition the records and every margin is the sum of the cells under it.
import type { Instrument } from '../law/instrument.js';
import { roleOf } from './ctdc-format.js';
import type { ScannedRecord } from './ctdc-scan.js';

export type Dimension = {
  name: string;
  description: string;
  /** Which code list its categories come from (code-lists.ts). */
  kind: 'fixed' | 'verdict' | 'flag';
  value: (scanned: ScannedRecord) => string | null;
};

const fixed: Dimension[] = [
  {
    name: 'year',
    description: 'year of registration',
    kind: 'fixed',
    value: (s) => (s.record.year === null ? null : String(s.record.year)),
  },
  {
    name: 'gender',
    description: 'gender (female, male, other)',
    kind: 'fixed',
    value: (s) => s.record.gender,
  },
  { name: 'age', description: 'age band at registration', kind: 'fixed', value: (s) => s.record.age },
  {
    name: 'citizenship',
    description: 'citizenship, ISO alpha-2',
    kind: 'fixed',
    value: (s) => s.record.citizenship,
  },
  {
    name: 'country',
    description: 'country of exploitation, ISO alpha-2',
    kind: 'fixed',
    value: (s) => s.record.countryOfExploitation,
  },
  {
    name: 'months',
    description: 'months in trafficking (band)',
    kind: 'fixed',
    value: (s) => s.record.months,
  },
  {
    name: 'band',
    description: 'continuum band (when bands are computed)',
    kind: 'fixed',
    value: (s) => s.band,
  },
];

/**
 * A dimension by name: a fixed one, an instrument id (its verdict), or a CTDC flag column by its
 * file name (e.g. `isSexualExploit`, `meansThreats`: `1` when ticked, null otherwise).
 */
export function findDimension(name: string, instruments: readonly Instrument[]): Dimension | undefined {
  const known = fixed.find((d) => d.name === name);
  if (known) return known;
  const index = instruments.findIndex((i) => i.id === name);
  if (index >= 0) {
    return { name, description: `verdict under ${name}`, kind: 'verdict', value: (s) => s.verdicts[index] };
  }
  const column = roleOf(name);
  if (column?.role.kind === 'flag') {
    const { group, item } = column.role;
    return {
      name,
      description: `the ${name} flag`,
      kind: 'flag',
      value: (s) => (s.record.flags[group].includes(item) ? '1' : null),
    };
  }
  return undefined;
}

export function dimensionNames(instruments: readonly Instrument[]): string[] {
  return [
    ...fixed.map((d) => d.name),
    ...instruments.map((i) => i.id),
    '<a CTDC flag column, e.g. isSexualExploit>',
  ];
}
