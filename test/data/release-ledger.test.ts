import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ledgerSchema } from '../../src/data/release-ledger.js';
import { acyclic } from '../../src/data/release-union.js';
import { runCli, tempFile } from '../support/cli.js';

const fixture = 'test/fixtures/ctdc/ctdc-synthetic-2024.csv';

describe('release ledger', () => {
  it('records each release: when, by whom, from which file, k and the published cells', async () => {
    const ledger = tempFile('', 'ledger.json').replace(/ledger\.json$/, 'fresh.json');
    const ran = await runCli([
      'aggregate',
      fixture,
      '--by',
      'gender',
      '--k',
      '11',
      '--ledger',
      ledger,
      '--as',
      'ana',
    ]);
    expect(ran.code).toBe(0);
    const written = ledgerSchema.parse(JSON.parse(readFileSync(ledger, 'utf8')));
    expect(written.releases).toHaveLength(1);
    expect(written.releases[0]).toMatchObject({ by: 'ana', kind: 'suppression', k: 11 });
    expect(written.releases[0].fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    const again = await runCli(['aggregate', fixture, '--by', 'gender,age', '--k', '11', '--ledger', ledger]);
    expect(again.code).toBe(0);
    expect(JSON.parse(readFileSync(ledger, 'utf8')).releases).toHaveLength(2);
  });

  it('a ledger that is not one: exit 2 naming the file and the path, nothing released', async () => {
    const bad = tempFile({ schemaVersion: 1, budget: { epsilon: -1 }, releases: [] }, 'bad-ledger.json');
    const ran = await runCli(['aggregate', fixture, '--by', 'gender', '--ledger', bad]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain('bad-ledger.json');
    expect(ran.stderr).toContain('budget.epsilon');
    expect(ran.stdout).toBe('');
  });

  it('audits only families of dimensions it can check exactly (acyclic ones)', () => {
    expect(
      acyclic([
        ['a', 'b'],
        ['b', 'c'],
      ]),
    ).toBe(true);
    expect(acyclic([['a', 'b'], ['a', 'b'], ['a']])).toBe(true);
    expect(
      acyclic([
        ['a', 'b'],
        ['b', 'c'],
        ['a', 'c'],
      ]),
    ).toBe(false);
    expect(
      acyclic([
        ['a', 'b', 'c'],
        ['b', 'c'],
        ['a', 'c'],
      ]),
    ).toBe(true);
  });
});
