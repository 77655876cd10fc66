// Worker-thread entry for the bootstrap pool: each worker loads HiGHS once and keeps its own
// existence-check cache, then computes ranges of replicates with the pure per-replicate code.
import { type BootstrapTask, bootstrapReplicates } from '../bootstrap.js';
import { cachedExistenceChecker } from '../existence.js';
import { loadHighsSolver } from '../highs-lp.js';

const checker = loadHighsSolver().then(cachedExistenceChecker);

export default async function runReplicates(task: BootstrapTask): Promise<number[]> {
  return Array.from(bootstrapReplicates(task, await checker));
}
