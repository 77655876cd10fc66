// "Questions that would settle it": the pivotal-fact search is the costly part of an assessment
// (several milliseconds for ten instruments), so the web app runs it off the main thread — in a
// worker (settling.worker.ts), or here in slices if no worker can be started. Which instruments do
// not apply to the case (out of force, or a state they do not bind) the page has already worked out
// for the verdicts, from the participation lists; it hands that over with the facts, so the worker
// carries neither the lists nor the binding logic.
import type { CaseFacts } from '../../facts/schema.js';
import type { Instrument } from '../../law/instrument.js';
import { instruments as allInstruments } from '../../law/instruments/index.js';
import { type Settling, settlingOf } from '../../law/settling.js';

/** Per instrument id, the questions that would settle it (empty unless its verdict is undetermined). */
export type SettlingQuestions = Record<string, Settling[]>;

/** What is asked: the case, and the ids of the instruments whose verdict on it is `not_applicable`. */
export type SettlingInput = { facts: CaseFacts; notApplicable: readonly string[] };

/** Exactly what `assess` reports as `questions`, instrument by instrument. */
export function settlingQuestions(
  { facts, notApplicable }: SettlingInput,
  instruments: readonly Instrument[] = allInstruments,
): SettlingQuestions {
  const questions: SettlingQuestions = {};
  for (const instrument of instruments)
    questions[instrument.id] = settlingOf(instrument, facts, notApplicable.includes(instrument.id));
  return questions;
}

const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/** The same on the main thread, one instrument per task, so that an answer is never kept waiting long. */
export async function settlingQuestionsInSlices(
  { facts, notApplicable }: SettlingInput,
  instruments: readonly Instrument[] = allInstruments,
): Promise<SettlingQuestions> {
  const questions: SettlingQuestions = {};
  for (const instrument of instruments) {
    await nextTask();
    questions[instrument.id] = settlingOf(instrument, facts, notApplicable.includes(instrument.id));
  }
  return questions;
}
