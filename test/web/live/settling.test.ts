// The questions that would settle each verdict, as the web app works them out off the main thread:
// the same as assess() gives, whether from the worker or from the main-thread fallback.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../../src/facts/schema.js';
import { assess, assessHeadline } from '../../../src/law/assess.js';
import { instruments } from '../../../src/law/instruments/index.js';
import {
  type SettlingInput,
  type SettlingQuestions,
  settlingQuestions,
  settlingQuestionsInSlices,
} from '../../../src/web/live/settling.js';
import {
  type SettlingReply,
  type SettlingRequest,
  settlingClient,
  type WorkerLike,
} from '../../../src/web/live/settling-client.js';

const examples = readdirSync('examples/cases')
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(`examples/cases/${name}`, 'utf8')) as CaseFacts);

/** What the page hands the worker: the case, and the instruments its verdicts say do not apply. */
const asThePageAsks = (facts: CaseFacts): SettlingInput => ({
  facts,
  notApplicable: instruments
    .map((instrument) => assessHeadline(instrument, facts))
    .filter((headline) => headline.verdict === 'not_applicable')
    .map((headline) => headline.id),
});

// Undetermined under every definition, in a state the regional and national law here does not bind.
const inJapan: CaseFacts = { schemaVersion: 1, jurisdiction: 'JP', events: { from: '2019-05-01' } };

describe('settlingQuestions', () => {
  it('gives, per instrument, exactly the questions assess() reports, told by the page which do not apply', async () => {
    let toldNotApplicable = 0;
    for (const facts of [{ schemaVersion: 1 } as CaseFacts, inJapan, ...examples]) {
      const expected = Object.fromEntries(assess(facts).instruments.map((r) => [r.id, r.questions]));
      const input = asThePageAsks(facts);
      toldNotApplicable += input.notApplicable.length;
      expect(settlingQuestions(input)).toEqual(expected);
      expect(await settlingQuestionsInSlices(input)).toEqual(expected);
    }
    // The cases include some where an instrument does not apply (else the hand-over is untested).
    expect(toldNotApplicable).toBeGreaterThan(0);
  });

  it('asks nothing about an instrument it is told does not apply', () => {
    const open = settlingQuestions({ facts: inJapan, notApplicable: [] });
    const anyWithQuestions = Object.keys(open).find((id) => open[id].length > 0);
    expect(anyWithQuestions).toBeDefined();
    const told = settlingQuestions({ facts: inJapan, notApplicable: [anyWithQuestions as string] });
    expect(told[anyWithQuestions as string]).toEqual([]);
  });
});

/** A stand-in for a Worker: records what it is sent; the test replies, fails or breaks it. */
class FakeWorker implements WorkerLike {
  sent: SettlingRequest[] = [];
  terminated = false;
  private listeners = new Map<string, Array<(event: never) => void>>();
  postMessage(message: SettlingRequest): void {
    this.sent.push(message);
  }
  addEventListener(type: string, listener: (event: never) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(reply: SettlingReply): void {
    for (const listener of this.listeners.get('message') ?? []) listener({ data: reply } as never);
  }
  fail(): void {
    for (const listener of this.listeners.get('error') ?? []) listener(new Event('error') as never);
  }
}

const caseA: SettlingInput = {
  facts: { schemaVersion: 1, movement: { crossedBorder: true } },
  notApplicable: [],
};
const caseB: SettlingInput = {
  facts: { schemaVersion: 1, movement: { crossedBorder: false } },
  notApplicable: ['uk-modern-slavery-act'],
};
const questionsFor = (label: string): SettlingQuestions => ({
  x: [{ path: label, question: label, settles: [] }],
});

describe('settlingClient', () => {
  it('matches each reply to its request by id, whatever the order of the replies', async () => {
    const worker = new FakeWorker();
    const compute = settlingClient(
      () => worker,
      () => Promise.reject(new Error('no fallback expected')),
    );
    const first = compute(caseA);
    const second = compute(caseB);
    expect(worker.sent.map(({ facts, notApplicable }) => ({ facts, notApplicable }))).toEqual([caseA, caseB]);
    worker.reply({ id: worker.sent[1].id, ok: true, questions: questionsFor('b') });
    worker.reply({ id: worker.sent[0].id, ok: true, questions: questionsFor('a') });
    expect(await first).toEqual(questionsFor('a'));
    expect(await second).toEqual(questionsFor('b'));
  });

  it('rejects with the message of a failure in the worker', async () => {
    const worker = new FakeWorker();
    const compute = settlingClient(
      () => worker,
      () => Promise.reject(new Error('no fallback expected')),
    );
    const result = compute(caseA);
    worker.reply({ id: worker.sent[0].id, ok: false, message: 'rule blew up' });
    await expect(result).rejects.toThrow('rule blew up');
  });

  it('when the worker dies, answers what it was asked and everything after on the main thread', async () => {
    const worker = new FakeWorker();
    const fallbackAsked: SettlingInput[] = [];
    const compute = settlingClient(
      () => worker,
      (input) => {
        fallbackAsked.push(input);
        return Promise.resolve(questionsFor(input === caseA ? 'a here' : 'b here'));
      },
    );
    const pending = compute(caseA);
    worker.fail();
    expect(await pending).toEqual(questionsFor('a here'));
    expect(worker.terminated).toBe(true);
    expect(await compute(caseB)).toEqual(questionsFor('b here'));
    expect(worker.sent).toHaveLength(1);
    expect(fallbackAsked).toEqual([caseA, caseB]);
  });

  it('works on the main thread when no worker can be started', async () => {
    let attempts = 0;
    const compute = settlingClient(
      () => {
        attempts += 1;
        throw new Error('Worker is not defined');
      },
      (input) => settlingQuestionsInSlices(input),
    );
    expect(await compute(caseA)).toEqual(settlingQuestions(caseA));
    expect(await compute(caseB)).toEqual(settlingQuestions(caseB));
    expect(attempts).toBe(1);
  });
});
