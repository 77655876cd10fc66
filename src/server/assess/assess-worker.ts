// Worker-thread entry of the assessment pool (pool.ts): assess, serialise, and hand the bytes back
// without a copy (the buffer is transferred to the request's thread).
import { Piscina } from 'piscina';
import { type AssessJob, assessToJson } from './job.js';

/** The bytes, marked for transfer (piscina's wrapper; the pool receives the Uint8Array itself). */
export default function runAssessment(job: AssessJob): unknown {
  return Piscina.move(assessToJson(job));
}
