// Worker-thread entry of the assessment pool (pool.ts): assess, serialise, and hand the bytes back
// without a copy (the buffer is transferred to the request's thread).
import { Piscina } from 'piscina';
import { type AssessJob, assessToJson } from './job.js';

export default function runAssessment(job: AssessJob) {
  return Piscina.move(assessToJson(job));
}
