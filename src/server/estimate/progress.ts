// A running estimate's progress and its stop flag in shared memory: the worker thread writes how
// far it has got and reads whether to stop; the request's thread reads the one and sets the
// other, with no messages in between (a poll reads four integers).
import {
  type EstimateProgress,
  type EstimateStage,
  STAGES,
  type StopSignal,
} from '../../estimate/options.js';

const STAGE = 0;
const DONE = 1;
const TOTAL = 2;
const STOP = 3;

export type SharedProgress = Int32Array;

export function sharedProgress(): SharedProgress {
  return new Int32Array(new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT));
}

/** For the worker: a progress listener writing into the shared memory. */
export function progressWriter(shared: SharedProgress): (progress: EstimateProgress) => void {
  return ({ stage, done, total }) => {
    Atomics.store(shared, STAGE, STAGES.indexOf(stage) + 1);
    Atomics.store(shared, DONE, Math.min(done, 2 ** 31 - 1));
    Atomics.store(shared, TOTAL, Math.min(total, 2 ** 31 - 1));
  };
}

/** For the worker: whether the estimate is to stop. */
export function stopReader(shared: SharedProgress): StopSignal {
  return {
    get aborted() {
      return Atomics.load(shared, STOP) === 1;
    },
  };
}

export function requestStop(shared: SharedProgress): void {
  Atomics.store(shared, STOP, 1);
}

/** The last progress written, or null before the first. */
export function readProgress(shared: SharedProgress): EstimateProgress | null {
  const stage = Atomics.load(shared, STAGE);
  if (stage === 0) return null;
  return {
    stage: STAGES[stage - 1] as EstimateStage,
    done: Atomics.load(shared, DONE),
    total: Atomics.load(shared, TOTAL),
  };
}
