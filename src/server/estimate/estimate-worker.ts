// Worker-thread entry of the estimate pool (pool.ts).
import { type EstimateAnswer, type EstimateJob, estimateJob } from './job.js';

export default function runEstimate(job: EstimateJob): Promise<EstimateAnswer> {
  return estimateJob(job);
}
