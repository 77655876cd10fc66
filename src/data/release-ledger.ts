// The release ledger of a dataset: what was released from it (tables with their published cells,
// k, or the privacy budget spent by a differentially private release), when, by whom, and from which
// file (its SHA-256). A new release is audited together with every earlier one (release-union.ts)
// and its DP budget added to what was spent. The CLI keeps the ledger in a JSON file (`--ledger`);
// the store keeps the same entries per dataset.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Problem } from '../facts/problems.js';
import type { Category } from './code-lists.js';
import { type Lattice, lattice } from './table-lattice.js';

export const LEDGER_SCHEMA_VERSION = 1;

/** The DP budget of a dataset when none is stated: ε = 1 in all, over every release. */
export const DEFAULT_BUDGET = 1;

const category = z.string().max(200).nullable();

const tableSchema = z.object({
  by: z.array(z.string().min(1).max(100)).min(1).max(4),
  categories: z.record(z.string(), z.array(category).max(2000)),
  /** Published values in the lattice's own order (table-lattice.ts), null where suppressed. */
  values: z.array(z.number().int().min(0).nullable()).max(1_000_000),
});

const common = {
  at: z.string().max(40),
  by: z.string().max(200),
  fingerprint: z.string().regex(/^sha256:[0-9a-f]{64}$/),
};

export const ledgerEntrySchema = z.discriminatedUnion('kind', [
  z.object({
    ...common,
    kind: z.literal('suppression'),
    k: z.number().int().min(2),
    tables: z.array(tableSchema).max(10),
  }),
  z.object({
    ...common,
    kind: z.literal('dp'),
    mechanism: z.string().max(100),
    epsilon: z.number().positive().max(100),
    dimensions: z.array(z.string().max(100)).max(10),
  }),
]);

export const ledgerSchema = z.object({
  schemaVersion: z.literal(LEDGER_SCHEMA_VERSION),
  budget: z.object({ epsilon: z.number().positive().max(100) }),
  releases: z.array(ledgerEntrySchema).max(10_000),
});

export type Ledger = z.infer<typeof ledgerSchema>;
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;
export type LedgerTable = z.infer<typeof tableSchema>;

export class LedgerError extends Error {
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    super(`${file}: not a release ledger`);
  }
}

export function emptyLedger(budget = DEFAULT_BUDGET): Ledger {
  return { schemaVersion: LEDGER_SCHEMA_VERSION, budget: { epsilon: budget }, releases: [] };
}

/** The ledger in a file, or undefined when the file does not exist yet. */
export async function readLedger(file: string): Promise<Ledger | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new LedgerError(file, [
      { path: '', code: 'unreadable', message: 'the ledger file cannot be read' },
    ]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new LedgerError(file, [{ path: '', code: 'invalid_json', message: 'the ledger is not JSON' }]);
  }
  const parsed = ledgerSchema.safeParse(json);
  if (!parsed.success) {
    throw new LedgerError(
      file,
      parsed.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        code: 'invalid',
        message: issue.message,
      })),
    );
  }
  return parsed.data;
}

/** Written whole to a temporary file, then renamed over the old one: never left half written. */
export async function writeLedger(file: string, ledger: Ledger): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(ledger)}\n`);
  await rename(temporary, file);
}

/** SHA-256 of a file's bytes, streamed. */
export async function fileFingerprint(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return `sha256:${hash.digest('hex')}`;
}

/** A ledger table as a lattice and its published values (NaN where suppressed). */
export function tableOf(table: LedgerTable): { lattice: Lattice; values: Float64Array } {
  const l = lattice(
    table.by,
    table.by.map((name) => table.categories[name] as Category[]),
  );
  if (table.values.length !== l.cells) throw new Error('ledger table of the wrong size');
  return { lattice: l, values: Float64Array.from(table.values, (v) => (v === null ? Number.NaN : v)) };
}

export function ledgerTable(l: Lattice, values: Float64Array): LedgerTable {
  return {
    by: [...l.dimensions],
    categories: Object.fromEntries(l.dimensions.map((name, i) => [name, [...l.domains[i]]])),
    values: Array.from(values, (v) => (Number.isNaN(v) ? null : v)),
  };
}

/** ε spent by the ledger's differentially private releases (basic composition: they add up). */
export function spentEpsilon(ledger: Ledger): number {
  return ledger.releases.reduce((sum, r) => sum + (r.kind === 'dp' ? r.epsilon : 0), 0);
}
