// One assessment as the API sends it: the facts assessed against the chosen instruments (all when
// none are named) and serialised once, as UTF-8 JSON bytes. The same function runs in a worker
// thread (worker.ts) or, without workers, in the request's thread.
import type { CaseFacts } from '../../facts/schema.js';
import { assess } from '../../law/assess.js';
import type { Instrument } from '../../law/instrument.js';
import { findInstrument } from '../../law/instruments/index.js';

export type AssessJob = {
  facts: CaseFacts;
  /** Instrument ids, already checked by the route; empty = every instrument. */
  instrumentIds: string[];
};

/** The assessment as JSON text encoded to bytes (a fresh buffer, so a worker can transfer it). */
export function assessToJson(job: AssessJob): Uint8Array {
  const chosen: Instrument[] = [];
  for (const id of job.instrumentIds) {
    const instrument = findInstrument(id);
    if (!instrument) throw new Error(`unknown instrument ${id}`);
    chosen.push(instrument);
  }
  const assessment = assess(job.facts, chosen.length > 0 ? { instruments: chosen } : {});
  return new TextEncoder().encode(JSON.stringify(assessment));
}
