// The Assess page's results, in two steps so that an answer shows its verdicts within a frame:
//  1. at once, in the same render as the answer: every instrument's verdict and notes about time
//     (`assessHeadline`: the rule's value alone, a fraction of a millisecond for all ten);
//  2. after that frame is painted: the questions that would settle each undetermined verdict (the
//     pivotal-fact search, in a worker) and the explanation trees of the panels that are open.
// Until step 2 has caught up with the latest answer, what it shows is marked as updating, and a
// result worked out for an earlier answer is dropped, never shown as current.
import { computed, effect, signal } from '@preact/signals';
import type { CaseFacts } from '../../facts/schema.js';
import { assessHeadline, type InstrumentHeadline } from '../../law/assess.js';
import { instruments } from '../../law/instruments/index.js';
import { latestOnly } from '../live/latest-only.js';
import { type SettlingQuestions, settlingQuestionsInSlices } from '../live/settling.js';
import { settlingClient, type WorkerLike } from '../live/settling-client.js';
import { facts } from './case.js';

export const instrumentById = new Map(instruments.map((instrument) => [instrument.id, instrument]));

const sameHeadline = (a: InstrumentHeadline, b: InstrumentHeadline): boolean =>
  a.verdict === b.verdict &&
  a.notes.length === b.notes.length &&
  a.notes.every((note, i) => note === b.notes[i]) &&
  JSON.stringify(a.applicability) === JSON.stringify(b.applicability);

let previousHeadlines: InstrumentHeadline[] = [];
/** Step 1. An instrument whose headline did not change keeps the same object (its panel is memoised). */
export const headlines = computed(() => {
  const next = instruments.map((instrument, i) => {
    const headline = assessHeadline(instrument, facts.value);
    const before = previousHeadlines[i];
    return before && sameHeadline(before, headline) ? before : headline;
  });
  previousHeadlines = next;
  return next;
});

let changes = 0;
/** Counts the changes to the case: the results carry it, so a reader can tell which answer they show. */
export const revision = computed(() => {
  void facts.value;
  changes += 1;
  return changes;
});

// Step 2a: the questions that would settle it, for the latest facts only.
export type Settled = { facts: CaseFacts; questions: SettlingQuestions | null; error?: string };
export const settled = signal<Settled | null>(null);

const startWorker = (): WorkerLike =>
  new Worker(new URL('../live/settling.worker.ts', import.meta.url), { type: 'module' }) as WorkerLike;

const settling = latestOnly(
  settlingClient(startWorker, (case_) => settlingQuestionsInSlices(case_)),
  (case_, questions) => {
    // An instrument whose questions did not change keeps the same array: its panel is not re-rendered.
    const before = settled.peek()?.questions;
    if (before)
      for (const id of Object.keys(questions))
        if (before[id] && JSON.stringify(before[id]) === JSON.stringify(questions[id]))
          questions[id] = before[id];
    settled.value = { facts: case_, questions };
  },
  (case_, error) => {
    settled.value = {
      facts: case_,
      questions: null,
      error: error instanceof Error ? error.message : String(error),
    };
  },
);
// Handed to the worker in the task after the answer's, so that nothing but the verdicts runs before
// they are rendered (on two busy cores a worker starting at once competes with that render).
effect(() => {
  const next = facts.value;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    settling.submit(next);
  };
  channel.port2.postMessage(null);
});

export const questionsPending = computed(() => settled.value?.facts !== facts.value);

// Step 2b: the facts the open explanation trees show, caught up with the case once the frame that
// shows the new verdicts has been painted.
export const treeFacts = signal<CaseFacts>(facts.peek());
let catchUpScheduled = false;
function afterPaint(run: () => void): void {
  if (catchUpScheduled) return;
  catchUpScheduled = true;
  let ran = false;
  const once = () => {
    if (ran) return;
    ran = true;
    catchUpScheduled = false;
    run();
  };
  requestAnimationFrame(() => {
    // rAF runs before the paint; the task after it runs after.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      once();
    };
    channel.port2.postMessage(null);
  });
  // A hidden tab paints no frames: catch up anyway.
  setTimeout(once, 100);
}
effect(() => {
  void facts.value;
  afterPaint(() => {
    treeFacts.value = facts.peek();
  });
});
export const treesPending = computed(() => treeFacts.value !== facts.value);

/** True while anything shown beside the verdicts is from an earlier answer. */
export const updating = computed(() => questionsPending.value || treesPending.value);
