// Made-up CTDC files in the real formats (data.md §1.2–1.3), from a seed. CTDC's terms forbid
// redistributing their files, so tests and the benchmark use these instead. Values are drawn
// independently: no row describes anyone.
import {
  type CtdcFormat,
  exploitationItems,
  kAnonMeansItems,
  labourItems,
  recruiterItems,
  syntheticMeansItems,
} from '../../src/data/ctdc-format.js';

/** Mulberry32: a small seeded generator, so fixtures are the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const countries: Array<[string, string]> = [
  ['UKR', 'UA'],
  ['MDA', 'MD'],
  ['COL', 'CO'],
  ['PHL', 'PH'],
  ['USA', 'US'],
  ['UGA', 'UG'],
  ['IDN', 'ID'],
  ['KHM', 'KH'],
  ['RUS', 'RU'],
  ['THA', 'TH'],
  ['GBR', 'GB'],
  ['MEX', 'MX'],
  ['NGA', 'NG'],
  ['VNM', 'VN'],
];

const kAnonAges = ['0--8', '9--17', '18--20', '21--23', '24--26', '27--29', '30--38', '39--47', '48+'];
const syntheticAges = ['0--8', '09--17', '18--20', '21--23', '24--26', '27--29', '30--38', '39--47', '48+'];

const truncate = (name: string) => name.slice(0, 32);

function headerWithLists(options: GeneratorOptions): string[] {
  return [...ctdcHeader(options.format), ...(options.lists ?? []).map((list) => `list:${list.name}`)];
}

export function ctdcHeader(format: CtdcFormat): string[] {
  switch (format) {
    case 'ctdc-k-anonymised':
      return [
        'yearOfRegistration',
        'Datasource',
        'gender',
        'ageBroad',
        'majorityStatus',
        'majorityStatusAtExploit',
        'majorityEntry',
        'citizenship',
        ...kAnonMeansItems.map((i) => `meansOfControl${i}`),
        'meansOfControlConcatenated',
        ...exploitationItems.map((i) => `is${i}`),
        'typeOfExploitConcatenated',
        ...labourItems.map((i) => `typeOfLabour${i}`),
        'typeOfLabourConcatenated',
        'typeOfSexProstitution',
        'typeOfSexPornography',
        'typeOfSexRemoteInteractiveServices',
        'typeOfSexPrivateSexualServices',
        'typeOfSexConcatenated',
        'isAbduction',
        'RecruiterRelationship',
        'CountryOfExploitation',
        ...recruiterItems.map((i) => `recruiterRelation${i}`),
      ];
    case 'ctdc-synthetic-2021':
      return [
        'yearOfRegistration',
        'gender',
        'ageBroad',
        'majorityStatusAtExploit',
        'traffickMonths',
        'citizenship',
        'CountryOfExploitation',
        ...kAnonMeansItems.filter((i) => i !== 'NotSpecified').map((i) => truncate(`meansOfControl${i}`)),
        'isForcedLabour',
        'isSexualExploit',
        'isOtherExploit',
        ...['Agriculture', 'Construction', 'DomesticWork', 'Hospitality', 'Other'].map(
          (i) => `typeOfLabour${i}`,
        ),
        'typeOfSexProstitution',
        'typeOfSexPornography',
        'typeOfSexOther',
        ...recruiterItems.filter((i) => i !== 'Unknown').map((i) => `recruiterRelation${i}`),
      ];
    case 'ctdc-synthetic-2024':
    case 'ctdc-synthetic-sector': {
      const sector = format === 'ctdc-synthetic-sector' ? 'sectorOf' : 'typeOf';
      return [
        'yearOfRegistration',
        'gender',
        'ageBroad',
        'citizenship',
        'CountryOfExploitation',
        'traffickMonths',
        ...syntheticMeansItems.map((i) => `means${i}`),
        'isForcedLabour',
        'isSexualExploit',
        'isOtherExploit',
        ...['Agriculture', 'Construction', 'DomesticWork', 'Hospitality'].map((i) => `${sector}Labour${i}`),
        `${sector}SexProstitution`,
        `${sector}SexPornography`,
        ...recruiterItems.filter((i) => i !== 'Unknown').map((i) => `recruiterRelation${i}`),
      ];
    }
  }
}

export type GeneratorOptions = {
  format: CtdcFormat;
  rows: number;
  seed: number;
  /** Share of rows with a deliberately bad value (for problem reporting tests). */
  badShare?: number;
  /**
   * Draw every row's attributes (all but year and countries) from this many distinct profiles,
   * the commoner ones more often: SDS synthesis repeats attribute combinations, so a real synthetic
   * file holds far fewer distinct rows than rows. Without it, cells are drawn independently (the
   * worst case: almost every row distinct).
   */
  profiles?: number;
  /**
   * List-membership columns (`list:NAME`), each person caught by each list independently with the
   * given probability; people caught by none are left out of the file, as they would be in life.
   */
  lists?: Array<{ name: string; p: number }>;
};

function quote(cell: string): string {
  return /[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** One row at a time, so the benchmark can write 300k rows without holding them. */
export function* ctdcRows(options: GeneratorOptions): Generator<string> {
  const random = seededRandom(options.seed);
  const header = headerWithLists(options);
  const kAnon = options.format === 'ctdc-k-anonymised';
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
  yield header.join(',');
  const pool: string[][] = [];
  const perRow = new Set(['yearOfRegistration', 'citizenship', 'CountryOfExploitation']);
  for (let n = 0; n < options.rows; n++) {
    if (options.profiles && pool.length >= options.profiles) {
      // Skewed choice: profile i is drawn with a weight falling as i grows.
      const profile = pool[Math.floor(random() ** 2 * pool.length)];
      const [alpha3, alpha2] = pick(countries);
      const year = random() < 0.9 ? String(2002 + Math.floor(random() * 21)) : kAnon ? '-99' : '';
      yield header
        .map((column, i) =>
          !perRow.has(column) || profile[i] === '' || profile[i] === '-99'
            ? profile[i]
            : column === 'yearOfRegistration'
              ? year
              : kAnon
                ? alpha2
                : alpha3,
        )
        .map(quote)
        .join(',');
      continue;
    }
    // Synthetic files hold many sparse rows (data.md §1.3): some rows carry little.
    const density = kAnon ? 1 : pick([1, 1, 0.6, 0.3]);
    const missing = kAnon ? '-99' : '';
    const present = () => random() < density;
    const flag = (p: number) => (random() < p * density ? '1' : kAnon ? '0' : '');
    const bad = random() < (options.badShare ?? 0);
    const [alpha3, alpha2] = pick(countries);
    const [exploitAlpha3, exploitAlpha2] = random() < 0.5 ? [alpha3, alpha2] : pick(countries);
    const caught = (options.lists ?? []).map((list) => random() < list.p);
    if (options.lists && !caught.includes(true)) continue;
    const cells = header.map((column): string => {
      if (column.startsWith('list:'))
        return caught[options.lists?.findIndex((l) => `list:${l.name}` === column) ?? 0] ? '1' : '0';
      if (column === 'yearOfRegistration')
        return present() ? String(2002 + Math.floor(random() * 21)) : missing;
      if (column === 'Datasource') return pick(['Case Management', 'Hotline']);
      if (column === 'gender') {
        if (!present()) return missing;
        return kAnon
          ? pick(['Female', 'Male'])
          : pick(['Woman', 'Man', 'Woman', 'Trans/Transgender/NonConforming']);
      }
      if (column === 'ageBroad') {
        if (bad) return 'about 30';
        return present() ? pick(kAnon ? kAnonAges : syntheticAges) : missing;
      }
      if (column.startsWith('majority')) return present() ? pick(['Adult', 'Adult', 'Minor']) : missing;
      if (column === 'citizenship') return present() ? (kAnon ? alpha2 : alpha3) : missing;
      if (column === 'CountryOfExploitation') {
        if (bad) return 'ZZZ';
        return present() ? (kAnon ? exploitAlpha2 : exploitAlpha3) : missing;
      }
      if (column === 'traffickMonths')
        return present() ? pick(['0--12 (0-1 yr)', '13--24 (1-2 yrs)', '25+ (2+ yrs)']) : '';
      if (column.endsWith('Concatenated')) return missing;
      if (column === 'RecruiterRelationship')
        return pick(['Intimate Partner', 'Family/Relative', 'Other', '-99']);
      if (column === 'isForcedLabour') return flag(0.4);
      if (column === 'isSexualExploit') return flag(0.5);
      if (column.startsWith('means')) return bad && column.endsWith('Threats') ? 'yes' : flag(0.25);
      return flag(0.08);
    });
    if (options.profiles) pool.push(cells);
    yield cells.map(quote).join(',');
  }
}

export function ctdcCsv(options: GeneratorOptions): string {
  return `${[...ctdcRows(options)].join('\n')}\n`;
}
