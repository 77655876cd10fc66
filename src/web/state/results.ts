// The Assess page's results, in two steps so that an answer shows its verdicts within a frame:
//  1. at once, in the same render as the answer: every instrument's verdict and notes about time
//     (`assessHeadline`: the rule's value alone, a fraction of a millisecond for all ten);
//  2. after that frame is painted: the questions that would settle each undetermined verdict (the
//     pivotal-fact search, in a worker) and the explanation trees of the panels that are open.
// Both read the facts the way the user chose (state/case.ts `asFound`): as found, every verdict,
// tree and decider comes from the rule read as found, and there are no questions to settle anything.
// Until step 2 has caught up with the latest answer, what it shows is marked as updating, and a
// result worked out for an earlier answer is dropped, never shown as current.
import { computed, effect, signal } from '@preact/signals';
import type { CaseFacts } from '../../facts/schema.js';
import {
  assessHeadline,
  type ContestedPoint,
  contestedPoints,
  type InstrumentHeadline,
  modeOf,
  ruleFor,
} from '../../law/assess-core.js';
import { type Decider, decidersOf } from '../../law/compare.js';
import { instruments } from '../../law/instruments/index.js';
import { evaluate, readerFor } from '../../law/logic/evaluate.js';
import type { Rule } from '../../law/logic/rule.js';
import type { Truth } from '../../law/logic/truth.js';
import { latestOnly } from '../live/latest-only.js';
import { type SettlingQuestions, settlingQuestionsInSlices } from '../live/settling.js';
import { settlingClient, type WorkerLike } from '../live/settling-client.js';
import { asFound, facts, latestChangeKind } from './case.js';
import { participation } from './participation.js';

export const instrumentById = new Map(instruments.map((instrument) => [instrument.id, instrument]));

/** A rule as the chosen reading reads it: its own (investigator's view), or read as found. */
export const ruleRead = (rule: Rule, found: boolean): Rule => ruleFor(rule, modeOf({ asFound: found }));

const sameHeadline = (a: InstrumentHeadline, b: InstrumentHeadline): boolean =>
  a.verdict === b.verdict &&
  a.openBecause === b.openBecause &&
  a.notes.length === b.notes.length &&
  a.notes.every((note, i) => note === b.notes[i]) &&
  JSON.stringify(a.applicability) === JSON.stringify(b.applicability);

export type VerdictChange = { id: string; title: string; from: string; to: string };

let previousHeadlines: InstrumentHeadline[] = [];
/**
 * Step 1, and what the latest answer changed. An instrument whose headline did not change keeps the
 * same object (its panel is memoised).
 */
const headlineState = computed(() => {
  const before = previousHeadlines;
  // Until the participation lists have arrived (state/participation.ts), a treaty's binding is
  // unknown; when they do, the headlines are worked out again, and what they changed is marked.
  const options = { asFound: asFound.value, participation: participation.value };
  const next = instruments.map((instrument, i) => {
    const headline = assessHeadline(instrument, facts.value, options);
    return before[i] && sameHeadline(before[i], headline) ? before[i] : headline;
  });
  previousHeadlines = next;
  const changed: VerdictChange[] = [];
  // What an answer or a switch of reading changed is marked; a case replaced as a whole (an example,
  // a saved case) is new.
  if (latestChangeKind() !== 'replace')
    next.forEach((headline, i) => {
      const was = before[i]?.verdict;
      if (was !== undefined && was !== headline.verdict)
        changed.push({ id: headline.id, title: headline.title, from: was, to: headline.verdict });
    });
  return { headlines: next, changed };
});
export const headlines = computed(() => headlineState.value.headlines);
/** The verdicts the latest answer changed (none when the case was replaced as a whole). */
export const changedVerdicts = computed(() => headlineState.value.changed);

let changes = 0;
/** Counts the changes to the case: the results carry it, so a reader can tell which answer they show. */
export const revision = computed(() => {
  void facts.value;
  void asFound.value;
  changes += 1;
  return changes;
});

// Step 2a: the questions that would settle it, for the latest facts only (none as found: every fact
// not recorded is read as not established, so there is nothing to ask).
export type Settled = { facts: CaseFacts; questions: SettlingQuestions | null; error?: string };
export const settled = signal<Settled | null>(null);

const startWorker = (): WorkerLike =>
  new Worker(new URL('../live/settling.worker.ts', import.meta.url), { type: 'module' }) as WorkerLike;

const settling = latestOnly(
  settlingClient(startWorker, (input) => settlingQuestionsInSlices(input)),
  ({ facts: case_ }, questions) => {
    // An instrument whose questions did not change keeps the same array: its panel is not re-rendered.
    const before = settled.peek()?.questions;
    if (before)
      for (const id of Object.keys(questions))
        if (before[id] && JSON.stringify(before[id]) === JSON.stringify(questions[id]))
          questions[id] = before[id];
    settled.value = { facts: case_, questions };
  },
  ({ facts: case_ }, error) => {
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
  if (asFound.value || settled.peek()?.facts === next) return;
  // The verdicts of step 1 (read as the investigator reads, as here) already say which instruments do
  // not apply to this case: the worker is told, not made to work it out again from the lists. Before
  // the participation lists have arrived, fewer are known not to apply; their arrival only ever makes
  // a verdict `not_applicable` (one whose questions are not shown), so the questions of every verdict
  // still undetermined are the same, and are not asked again.
  const notApplicable = headlines
    .peek()
    .filter((headline) => headline.verdict === 'not_applicable')
    .map((headline) => headline.id);
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    settling.submit({ facts: next, notApplicable });
  };
  channel.port2.postMessage(null);
});

export const questionsPending = computed(() => !asFound.value && settled.value?.facts !== facts.value);

// Step 2b: the facts the open explanation trees show, and how they are read, caught up with the case
// once the frame that shows the new verdicts has been painted.
export type Reading = { facts: CaseFacts; asFound: boolean };
export const treeReading = signal<Reading>({ facts: facts.peek(), asFound: asFound.peek() });
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
  void asFound.value;
  afterPaint(() => {
    treeReading.value = { facts: facts.peek(), asFound: asFound.peek() };
  });
});
export const treesPending = computed(
  () => treeReading.value.facts !== facts.value || treeReading.value.asFound !== asFound.value,
);

/** What the finding tree says beside the verdict: what decided it, and for an open one, why. */
export type Explained = {
  deciders: Decider[];
  /** The contested readings of the law an undetermined verdict turns on (none otherwise). */
  contested: ContestedPoint[];
  /** The definition's own value (met with an undetermined verdict: open on the dates alone). */
  definition: Truth;
};

let previousExplained = new Map<string, Explained>();
/**
 * Per instrument, the elements that decided its verdict (as Compare shows them) and the contested
 * readings it turns on, caught up with the trees. What did not change keeps the same arrays, so the
 * panel is not re-rendered.
 */
export const explained = computed(() => {
  const { facts: current, asFound: found } = treeReading.value;
  const read = readerFor(current);
  const byId = new Map<string, Explained>();
  for (const instrument of instruments) {
    const verdict = assessHeadline(instrument, current, {
      asFound: found,
      participation: participation.value,
    }).verdict;
    const elements = evaluate(ruleRead(instrument.rule, found), read);
    const before = previousExplained.get(instrument.id);
    const deciders = decidersOf({ verdict, elements });
    const contested = verdict === 'undetermined' ? contestedPoints(elements) : [];
    byId.set(instrument.id, {
      deciders:
        before && JSON.stringify(before.deciders) === JSON.stringify(deciders) ? before.deciders : deciders,
      contested:
        before && JSON.stringify(before.contested) === JSON.stringify(contested)
          ? before.contested
          : contested,
      definition: elements.value,
    });
  }
  previousExplained = byId;
  return byId;
});

/** The case names a country and the participation lists have not arrived: its bindings are not known yet. */
export const participationPending = computed(
  () => participation.value === null && Boolean(facts.value.jurisdiction),
);

/** True while anything shown beside the verdicts is from an earlier answer, or awaits the lists. */
export const updating = computed(
  () => questionsPending.value || treesPending.value || participationPending.value,
);
