// One assessment as the API sends it: the facts assessed against the chosen instruments (all when
// none are named), in the contract asked for, and serialised once, as UTF-8 JSON bytes. The same
// function runs in a worker thread (assess-worker.ts) or, without workers, in the request's thread.
import type { CaseFacts } from '../../facts/schema.js';
import { assess } from '../../law/assess.js';
import type { Instrument } from '../../law/instrument.js';
import { findInstrument } from '../../law/instruments/index.js';
import { participationLists } from '../../law/participation/index.js';
import { assessCompact, type TreeChoice } from '../../law/render/compact.js';

export type AssessJob = {
  facts: CaseFacts;
  /** Instrument ids, already checked by the route; empty = every instrument. */
  instrumentIds: string[];
  /** The contract: 2 (compact, the default) or 1 (every finding tree; deprecated). */
  schemaVersion?: 1 | 2;
  /** In version 2, the instruments whose full finding trees to include. */
  trees?: TreeChoice;
  /** Decide on the facts as found: every fact not recorded counts as not established. */
  asFound?: boolean;
};

/** The assessment as JSON text encoded to bytes, in a buffer of its own (so a worker can transfer
 * it). Buffer.from rather than TextEncoder: a third faster on the half-megabyte text of version 1. */
export function assessToJson(job: AssessJob): Uint8Array {
  const chosen: Instrument[] = [];
  for (const id of job.instrumentIds) {
    const instrument = findInstrument(id);
    if (!instrument) throw new Error(`unknown instrument ${id}`);
    chosen.push(instrument);
  }
  const options = { ...(chosen.length > 0 ? { instruments: chosen } : {}), asFound: job.asFound === true };
  // The compact form makes only the trees it sends (see assessCompact).
  const contract =
    job.schemaVersion === 1
      ? assess(job.facts, options)
      : assessCompact(job.facts, { ...options, participation: participationLists }, job.trees ?? []);
  const bytes = Buffer.from(JSON.stringify(contract), 'utf8');
  // Short texts may share Node's buffer pool, which must not be transferred: copy those out.
  return bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}
