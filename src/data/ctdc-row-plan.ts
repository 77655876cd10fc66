// How the rows of one CTDC header are read fast (ctdc-scan.ts).
//
// The header's fact columns fall into the column groups of ctdc-mapping.ts. A group's cells, as
// values, are one number, its state: each column is a digit, the index of its value among those
// its reader can give (ctdc-values.ts cellValues), so a state numbers one combination of values.
// What a state sets on a record (its flags, as shared lists) and the facts it gives are worked
// out once per state. Each verdict and the band are then looked up in a ValueCache (ctdc-cache.ts)
// by the facts they can read, and computed from the row's own facts only when those are new.
// Nothing is kept per row, and every memo is bounded, so memory stays flat on any file.
import type { AssessmentMode } from '../law/assess.js';
import type { Instrument } from '../law/instrument.js';
import type { Truth } from '../law/logic/truth.js';
import { ctdcBand, ctdcBandReads } from './ctdc-bands.js';
import { type FactSource, MAX_MEMO, type StateFacts, ValueCache } from './ctdc-cache.js';
import type { ColumnRole, DetectedHeader, FlagGroup } from './ctdc-format.js';
import {
  assign,
  type ColumnGroup,
  type CtdcRecord,
  columnGroups,
  emptyRecord,
  type MappedFacts,
  type Naming,
  noFlags,
  settablePaths,
  shareFlags,
} from './ctdc-mapping.js';
import { type CellValue, cellValues, type Reading, readCell } from './ctdc-values.js';
import { instrumentReads, verdictOf, verdictsOf } from './supervaluation.js';

/** A continuum band function (ScanOptions.bandOf). */
export type BandOf = (mapped: MappedFacts) => string | null;

/** A row's verdicts (one per instrument) and band. */
export type Values = { verdicts: Truth[]; band: string | null };

const truthOf: Record<string, Truth> = { m: 'met', n: 'not_met', u: 'undetermined' };

/** A group of the header's columns: where each column's digit stands, and what its states decode to. */
class GroupStates implements StateFacts {
  readonly columns: Array<{
    index: number;
    role: ColumnRole;
    values: ReadonlyArray<CellValue | null>;
    place: number;
  }> = [];
  readonly flagGroups: FlagGroup[] = [];
  readonly paths: ReadonlySet<string>;
  /** How many states the group has (0 to size - 1). */
  size = 1;
  private readonly decoded = new Map<number, { flags: CtdcRecord['flags']; facts: MappedFacts }>();

  constructor(
    readonly group: ColumnGroup,
    private readonly naming: Naming,
  ) {
    this.paths = new Set(group.paths);
  }

  add(index: number, role: ColumnRole): number {
    const values = cellValues(role);
    const place = this.size;
    this.columns.push({ index, role, values, place });
    this.size *= values.length;
    if (role.kind === 'flag' && !this.flagGroups.includes(role.group)) this.flagGroups.push(role.group);
    return place;
  }

  /** What the columns' values in a state set on a record (flags shared), and the group's facts. */
  decode(state: number): { flags: CtdcRecord['flags']; facts: MappedFacts } {
    let decoded = this.decoded.get(state);
    if (!decoded) {
      const record = emptyRecord();
      for (const { role, values, place } of this.columns) {
        const value = values[Math.floor(state / place) % values.length];
        if (value !== null) assign(record, role, value, 0);
      }
      const facts: MappedFacts = { base: [], choices: [] };
      this.group.facts(record, this.naming, facts);
      decoded = { flags: shareFlags(record.flags), facts };
      if (this.decoded.size >= MAX_MEMO) this.decoded.clear();
      this.decoded.set(state, decoded);
    }
    return decoded;
  }

  facts(state: number): MappedFacts {
    return this.decode(state).facts;
  }
}

/** A cell's reading, and its digit times its place in its group's state (0 outside a group). */
export type Cell = { reading: Reading<CellValue>; code: number };

/** The plan for one header: how cells become group states, and the caches over them. */
export class RowPlan {
  readonly groups: GroupStates[] = [];
  /** Per column: the index of its group, or -1 (not a fact column). */
  readonly groupOf: Int32Array;
  /** Per column: its bit in a record's `lists` (list columns only). */
  readonly listBits: number[];
  /** The current row's state of every group: the scan sets it, flags and values read it. */
  readonly states: number[];
  /**
   * Whether every group's states are exact numbers: a header that repeats a group's columns some
   * fifty times is not, and is read with no cache, each row from its own facts (the reference).
   */
  readonly cacheable: boolean;
  private readonly places: number[];
  private readonly cells: Array<Map<string, Cell>>;
  private readonly flagGroups: number[];
  /** One cache per set of paths read, for every instrument that reads them: its value their verdicts' initials. */
  private readonly verdictCaches: Array<ValueCache<string>>;
  /** The instrument of each initial in a row's code (the caches' values, in order). */
  private readonly order: number[];
  private readonly bandCache: ValueCache<string | null> | undefined;
  private readonly verdictLists = new Map<string, Truth[]>();

  constructor(
    readonly header: DetectedHeader,
    readonly naming: Naming,
    readonly instruments: readonly Instrument[],
    readonly bandOf: BandOf | undefined,
    /** How facts not recorded are read by the verdicts (the band is the continuum's, either way). */
    readonly mode: AssessmentMode = 'investigation',
  ) {
    const columns = header.columns;
    this.groupOf = new Int32Array(columns.length).fill(-1);
    this.places = columns.map(() => 0);
    this.cells = columns.map(() => new Map());
    let nextList = 0;
    this.listBits = columns.map((c) => (c?.role.kind === 'list' ? 1 << nextList++ : 0));
    const groups = new Map<ColumnGroup, GroupStates>();
    columns.forEach((column, i) => {
      const group = column && columnGroups.find((g) => g.holds(column.role));
      if (!column || !group) return;
      let states = groups.get(group);
      if (!states) {
        states = new GroupStates(group, naming);
        groups.set(group, states);
        this.groups.push(states);
      }
      this.groupOf[i] = this.groups.indexOf(states);
      this.places[i] = states.add(i, column.role);
    });
    this.states = this.groups.map(() => 0);
    this.flagGroups = this.groups.flatMap((group, g) => (group.flagGroups.length > 0 ? [g] : []));
    this.cacheable = this.groups.every((group) => group.size <= Number.MAX_SAFE_INTEGER);
    const byReads = new Map<string, number[]>();
    instruments.forEach((instrument, i) => {
      const reads = [...instrumentReads(instrument, mode)].sort().join();
      byReads.set(reads, [...(byReads.get(reads) ?? []), i]);
    });
    this.order = [...byReads.values()].flat();
    this.verdictCaches = [...byReads.values()].map((alike) => {
      const compute = (mapped: MappedFacts) =>
        alike.map((i) => verdictOf(mapped, instruments[i], mode)[0]).join('');
      return new ValueCache({ reads: instrumentReads(instruments[alike[0]], mode), compute }, this.groups);
    });
    // ctdcBand reads known paths; any other band function may read any.
    this.bandCache = bandOf
      ? new ValueCache(
          { reads: bandOf === ctdcBand ? ctdcBandReads() : settablePaths, compute: bandOf },
          this.groups,
        )
      : undefined;
  }

  /** The cell's reading and its part of its group's state (kept per distinct cell text). */
  cell(i: number, raw: string, role: ColumnRole): Cell {
    const cache = this.cells[i];
    let cell = cache.get(raw);
    if (!cell) {
      const reading = readCell(raw, role, this.header.spec);
      const digit = reading.value === null ? 0 : cellValues(role).indexOf(reading.value);
      cell = { reading, code: Math.max(digit, 0) * this.places[i] };
      // Bounded: a column of free text would otherwise grow without limit.
      if (cache.size < 10_000) cache.set(raw, cell);
    }
    return cell;
  }

  /** The flags the current row's group states set (shared lists, frozen). */
  flags(): CtdcRecord['flags'] {
    if (this.flagGroups.every((g) => this.states[g] === 0)) return noFlags;
    const flags = { ...noFlags };
    for (const g of this.flagGroups) {
      const decoded = this.groups[g].decode(this.states[g]).flags;
      for (const group of this.groups[g].flagGroups) flags[group] = decoded[group];
    }
    return Object.freeze(flags);
  }

  /** The verdicts and band of the current row (its groups' states), from its own facts on a miss. */
  values(source: FactSource, out: Values): void {
    let code = '';
    for (const cache of this.verdictCaches) code += cache.value(this.states, source);
    out.verdicts = this.verdictList(code);
    out.band = this.bandCache?.value(this.states, source) ?? null;
  }

  /** Uncached: the record's own facts through every instrument and the band. */
  reference(mapped: MappedFacts, out: Values): void {
    const verdicts = verdictsOf(mapped, this.instruments, this.mode);
    out.verdicts = this.verdictList(this.order.map((i) => verdicts[i][0]).join(''));
    out.band = this.bandOf?.(mapped) ?? null;
  }

  /** One shared verdict list per distinct list (the summary counts lists, ctdc-summary.ts). */
  private verdictList(code: string): Truth[] {
    let verdicts = this.verdictLists.get(code);
    if (!verdicts) {
      verdicts = new Array<Truth>(code.length);
      for (let c = 0; c < code.length; c++) verdicts[this.order[c]] = truthOf[code[c]];
      if (this.verdictLists.size >= MAX_MEMO) this.verdictLists.clear();
      this.verdictLists.set(code, verdicts);
    }
    return verdicts;
  }
}
