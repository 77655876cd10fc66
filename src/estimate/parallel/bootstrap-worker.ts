// Worker-thread entry for the bootstrap pool: each worker loads HiGHS once and keeps its own
// existence-check cache, then computes ranges of replicates with the pure per-replicate code.
import { type BootstrapTask, bootstrapReplicates } from '../bootstrap.js';
import { sharedExistenceChecker } from '../highs-lp.js';
import type { WorkerReplicates } from './bootstrap-pool.js';

export default async function runReplicates(task: BootstrapTask): Promise<WorkerReplicates> {
  const { estimates, records } = bootstrapReplicates(task, await sharedExistenceChecker());
  return { estimates: Array.from(estimates), records };
}
