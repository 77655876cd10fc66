// The disclosure attack of issue 19 at full size: generated CTDC files of 500, 3,000 and 30,000 rows
// with rare people planted in them (the only national of a country), released by audited suppression
// at k = 5 and 11 over 2–4 dimensions, single and in pairs through one ledger, and a file with the
// same file plus one person. The LP attacker (test/support/disclosure-attack.ts) tries every protected
// cell, every planted person and the added person. Also the DP mode's error per cell at ε = 1.
//   npx tsx bench/disclosure.ts [rows …]
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type AggregateJson,
  aggregateJson,
  aggregateWithLedger,
  countRelease,
} from '../src/data/aggregate.js';
import { dpRelease } from '../src/data/dp-release.js';
import { CannotProtect, type ProtectedTable, releasedValues } from '../src/data/k-anonymity.js';
import type { UnionTable } from '../src/data/release-union.js';
import { forEachFinest, keyOf, orderedCells } from '../src/data/table-lattice.js';
import { attackCells, pinnedAttributes, pinnedNewcomer } from '../test/support/disclosure-attack.js';
import { plantedCtdc, withOneMore } from '../test/support/planted.js';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const rowsList = sizes.length > 0 ? sizes : [500, 3000, 30000];

const configs = [
  ['citizenship', 'gender'],
  ['age', 'gender'],
  ['citizenship', 'age', 'isSexualExploit'],
  ['citizenship', 'age', 'gender'],
  ['citizenship', 'age', 'gender', 'isSexualExploit'],
];

type Totals = {
  releases: number;
  refused: number;
  attacked: number;
  protectedCells: number;
  recovered: number;
  narrowed: number;
  plantedPinned: number;
  plantedTried: number;
  newcomerPinned: number;
  newcomerTried: number;
  auditMs: number[];
};

const truthOf = (tables: ProtectedTable[]) => {
  const maps = tables.map(
    (t) => new Map(orderedCells(t.lattice).map((id) => [JSON.stringify(keyOf(t.lattice, id)), t.counts[id]])),
  );
  return (r: number, key: Record<string, string | null>) => {
    const ordered = Object.fromEntries(
      tables[r].lattice.dimensions.filter((d) => d in key).map((d) => [d, key[d]]),
    );
    return maps[r].get(JSON.stringify(ordered)) ?? 0;
  };
};

const asUnion = (t: ProtectedTable): UnionTable => ({
  lattice: t.lattice,
  values: releasedValues(t),
  k: t.k,
  counts: t.counts,
});

async function release(
  path: string,
  by: string[],
  k: number,
  totals: Totals,
  earlier: { same: UnionTable[]; changed: UnionTable[] } = { same: [], changed: [] },
): Promise<ProtectedTable | undefined> {
  const started = performance.now();
  try {
    const table = await aggregateWithLedger(path, by, k, earlier);
    totals.releases++;
    totals.auditMs.push(performance.now() - started);
    process.stderr.write(
      `  released ${by.join(',')} k=${k} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );
    return table;
  } catch (error) {
    if (!(error instanceof CannotProtect)) throw error;
    totals.refused++;
    process.stderr.write(`  refused ${by.join(',')} k=${k}: ${error.message}\n`);
    return undefined;
  }
}

async function attackAll(
  tables: ProtectedTable[],
  k: number,
  planted: Array<{ citizenship: string }>,
  totals: Totals,
) {
  const releases: AggregateJson[] = tables.map((t) => aggregateJson(t));
  const figures = await attackCells(releases, k, truthOf(tables));
  process.stderr.write(`    attacked: ${JSON.stringify(figures)}\n`);
  totals.attacked += figures.attacked;
  totals.protectedCells += figures.protectedCells;
  totals.recovered += figures.recovered;
  totals.narrowed += figures.narrowed;
  if (!tables.some((t) => t.lattice.dimensions.includes('citizenship'))) return;
  for (const person of planted) {
    totals.plantedTried++;
    if ((await pinnedAttributes(releases, person)).length > 0) totals.plantedPinned++;
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[Math.floor(s.length / 2)];
};

for (const rows of rowsList) {
  const dir = mkdtempSync(join(tmpdir(), 'disclosure-'));
  const { csv, planted } = plantedCtdc(rows, rows + 1, 3);
  const file = join(dir, 'planted.csv');
  const neighbour = join(dir, 'neighbour.csv');
  writeFileSync(file, csv);
  writeFileSync(neighbour, withOneMore(csv, rows + 2));
  const single: Totals = emptyTotals();
  const pairs: Totals = emptyTotals();
  const neighbours: Totals = emptyTotals();
  for (const by of configs) {
    for (const k of [5, 11]) {
      const t = await release(file, by, k, single);
      if (t) await attackAll([t], k, planted, single);
    }
  }
  // Pairs through one ledger: other dimensions after the first, and k = 5 after k = 11.
  for (let i = 0; i + 1 < configs.length; i++) {
    for (const [first, second, k1, k2] of [
      [configs[i], configs[i + 1], 11, 11],
      [configs[i], configs[i], 11, 5],
    ] as const) {
      const a = await release(file, [...first], k1, pairs);
      if (!a) continue;
      const b = await release(file, [...second], k2, pairs, { same: [asUnion(a)], changed: [] });
      await attackAll(b ? [a, b] : [a], Math.max(k1, k2), planted, pairs);
    }
  }
  // Neighbouring files: the same tables from the file and from the file with one person added.
  for (const by of configs.slice(0, 3)) {
    for (const k of [5, 11]) {
      const a = await release(file, by, k, neighbours);
      if (!a) continue;
      const b = await release(neighbour, by, k, neighbours, {
        same: [],
        changed: [{ lattice: a.lattice, values: releasedValues(a), k }],
      });
      neighbours.newcomerTried++;
      if (b && (await pinnedNewcomer(aggregateJson(a), aggregateJson(b))).length > 0)
        neighbours.newcomerPinned++;
    }
  }
  report(rows, 'single releases', single);
  report(rows, 'pairs (one ledger)', pairs);
  report(rows, 'neighbouring files', neighbours);
  // DP at ε = 1: mean absolute error per finest cell and per grand total, by age × gender.
  const { lattice: l, counts } = await countRelease(file, ['citizenship', 'age', 'gender']);
  const errors: number[] = [];
  for (let run = 0; run < 3; run++) {
    const table = dpRelease(l, counts, { num: 1n, den: 1n });
    forEachFinest(l, (id) => errors.push(Math.abs(table.counts[id] - counts[id])));
  }
  const nonEmpty: number[] = [];
  for (let run = 0; run < 3; run++) {
    const table = dpRelease(l, counts, { num: 1n, den: 1n });
    forEachFinest(l, (id) => {
      if (counts[id] > 0) nonEmpty.push(Math.abs(table.counts[id] - counts[id]));
    });
  }
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  process.stdout.write(
    `${rows} rows, DP ε = 1 (citizenship × age × gender, every cell of the code lists): mean |error| per cell ${mean(errors).toFixed(2)}, per non-empty cell ${mean(nonEmpty).toFixed(2)}\n`,
  );
}

function emptyTotals(): Totals {
  return {
    releases: 0,
    refused: 0,
    attacked: 0,
    protectedCells: 0,
    recovered: 0,
    narrowed: 0,
    plantedPinned: 0,
    plantedTried: 0,
    newcomerPinned: 0,
    newcomerTried: 0,
    auditMs: [],
  };
}

function report(rows: number, what: string, t: Totals) {
  const newcomers =
    t.newcomerTried > 0 ? `, added person pinned ${t.newcomerPinned} of ${t.newcomerTried}` : '';
  process.stdout.write(
    `${rows} rows, ${what}: ${t.releases} released, ${t.refused} refused; suppressed cells attacked ${t.attacked}, protected (1..k−1) ${t.protectedCells}, recovered exactly ${t.recovered}, narrowed below the protection level ${t.narrowed}; planted people pinned ${t.plantedPinned} of ${t.plantedTried}${newcomers}; audit median ${(median(t.auditMs) / 1000).toFixed(1)} s, slowest ${(Math.max(0, ...t.auditMs) / 1000).toFixed(1)} s\n`,
  );
}
