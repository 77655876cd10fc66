// The attack of issue 19 as a test, at a small size (bench/disclosure.ts runs it at 500, 3,000 and
// 30,000 rows): releases of a generated file with rare people planted in it, single and in pairs
// through one ledger, and a file and the same file with one person added. The attacker (an LP over
// the joint table, test/support/disclosure-attack.ts) must recover no protected cell and pin down
// no planted person and no added one.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateCtdc } from '../../src/data/aggregate.js';
import { keyOf, orderedCells } from '../../src/data/table-lattice.js';
import { runCli, tempFile } from '../support/cli.js';
import { attackCells, pinnedAttributes, pinnedNewcomer, type Release } from '../support/disclosure-attack.js';
import { plantedCtdc, withOneMore } from '../support/planted.js';

const { csv, planted } = plantedCtdc(300, 11, 2);
const file = tempFile(csv, 'planted.csv');
const neighbour = tempFile(withOneMore(csv, 5), 'neighbour.csv');

async function release(path: string, by: string, k: number, ledger?: string): Promise<Release | undefined> {
  const args = ['aggregate', path, '--by', by, '--k', String(k), '--json'];
  const { code, stdout, stderr } = await runCli(ledger ? [...args, '--ledger', ledger] : args);
  if (code !== 0) {
    expect(stderr).toMatch(/not released/);
    // The reason (after the line naming the file) holds no count.
    expect(stderr.split('\n').slice(1).join('\n')).not.toMatch(/\d/);
    return undefined;
  }
  return JSON.parse(stdout);
}

/** The true count of any cell of a release, from the file itself. */
async function truthOf(path: string, releases: Release[]) {
  const tables = await Promise.all(releases.map((r) => aggregateCtdc(path, r.by, 2)));
  const maps = tables.map(
    (t) => new Map(orderedCells(t.lattice).map((id) => [JSON.stringify(keyOf(t.lattice, id)), t.counts[id]])),
  );
  return (r: number, key: Record<string, string | null>) => {
    const ordered = Object.fromEntries(releases[r].by.filter((d) => d in key).map((d) => [d, key[d]]));
    return maps[r].get(JSON.stringify(ordered)) ?? 0;
  };
}

const ledgerFile = () => join(mkdtempSync(join(tmpdir(), 'ledger-')), 'ledger.json');

describe('the disclosure attack', () => {
  it('single releases, 2–4 dimensions, k = 5 and 11: nothing recovered, no planted person pinned', async () => {
    for (const by of [
      'citizenship,gender',
      'citizenship,age,isSexualExploit',
      'citizenship,age,gender,isSexualExploit',
    ]) {
      for (const k of [5, 11]) {
        const r = await release(file, by, k);
        if (!r) continue;
        const figures = await attackCells([r], k, await truthOf(file, [r]));
        expect(figures.recovered, `${by} k=${k}`).toBe(0);
        expect(figures.narrowed, `${by} k=${k}`).toBe(0);
        for (const person of planted) expect(await pinnedAttributes([r], person)).toEqual([]);
      }
    }
  }, 300_000);

  it('pairs through one ledger (other dimensions, then a smaller k): the union gives nothing away', async () => {
    const ledger = ledgerFile();
    const first = await release(file, 'citizenship,gender', 11, ledger);
    const second = await release(file, 'citizenship,isSexualExploit', 11, ledger);
    const third = await release(file, 'citizenship,gender', 5, ledger);
    const made = [first, second, third].filter((r): r is Release => r !== undefined);
    expect(made.length).toBeGreaterThan(1);
    const figures = await attackCells(made, 11, await truthOf(file, made));
    expect(figures.recovered).toBe(0);
    for (const person of planted) expect(await pinnedAttributes(made, person)).toEqual([]);
  }, 300_000);

  it('neighbouring files: the same file with one person added is refused through the ledger', async () => {
    const ledger = ledgerFile();
    const before = await release(file, 'age,gender', 5, ledger);
    expect(before).toBeDefined();
    const after = await release(neighbour, 'age,gender', 5, ledger);
    expect(after).toBeUndefined();
    // Made without the ledger, the pair gives the added person away: the attack works.
    const unaudited = await release(neighbour, 'age,gender', 5);
    expect(await pinnedNewcomer(before as Release, unaudited as Release)).not.toEqual([]);
  }, 300_000);
});
