// Worker-thread entry for the bootstrap pool: each worker keeps its own existence-check cache (and
// loads HiGHS if a replicate needs the LP), and computes ranges of replicates with the pure
// per-replicate code.
import { type BootstrapTask, bootstrapReplicates } from '../bootstrap.js';
import { withExistenceChecker } from '../highs-lp.js';
import type { WorkerReplicates } from './bootstrap-pool.js';

export default async function runReplicates(task: BootstrapTask): Promise<WorkerReplicates> {
  const { estimates, records } = await withExistenceChecker((checker) => bootstrapReplicates(task, checker));
  return { estimates: Array.from(estimates), records };
}
