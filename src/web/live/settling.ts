// "Questions that would settle it": the pivotal-fact search is the costly part of an assessment
// (several milliseconds for ten instruments), so the web app runs it off the main thread — in a
// worker (settling.worker.ts), or here in slices if no worker can be started.
import type { CaseFacts } from '../../facts/schema.js';
import { assessInstrument, type Settling } from '../../law/assess.js';
import type { Instrument } from '../../law/instrument.js';
import { instruments as allInstruments } from '../../law/instruments/index.js';

/** Per instrument id, the questions that would settle it (empty unless its verdict is undetermined). */
export type SettlingQuestions = Record<string, Settling[]>;

/** Exactly what `assess` reports as `questions`, instrument by instrument. */
export function settlingFor(instrument: Instrument, facts: CaseFacts): Settling[] {
  return assessInstrument(instrument, facts).questions;
}

export function settlingQuestions(
  facts: CaseFacts,
  instruments: readonly Instrument[] = allInstruments,
): SettlingQuestions {
  const questions: SettlingQuestions = {};
  for (const instrument of instruments) questions[instrument.id] = settlingFor(instrument, facts);
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
  facts: CaseFacts,
  instruments: readonly Instrument[] = allInstruments,
): Promise<SettlingQuestions> {
  const questions: SettlingQuestions = {};
  for (const instrument of instruments) {
    await nextTask();
    questions[instrument.id] = settlingFor(instrument, facts);
  }
  return questions;
}
