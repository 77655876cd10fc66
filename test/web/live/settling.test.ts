// The questions that would settle each verdict, as the web app works them out off the main thread:
// the same as assess() gives, whether from the worker or from the main-thread fallback.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../../src/facts/schema.js';
import { assess } from '../../../src/law/assess.js';
import {
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

describe('settlingQuestions', () => {
  it('gives, per instrument, exactly the questions assess() reports', async () => {
    for (const facts of [{ schemaVersion: 1 } as CaseFacts, ...examples]) {
      const expected = Object.fromEntries(assess(facts).instruments.map((r) => [r.id, r.questions]));
      expect(settlingQuestions(facts)).toEqual(expected);
      expect(await settlingQuestionsInSlices(facts)).toEqual(expected);
    }
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

const caseA: CaseFacts = { schemaVersion: 1, movement: { crossedBorder: true } };
const caseB: CaseFacts = { schemaVersion: 1, movement: { crossedBorder: false } };
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
    expect(worker.sent.map((m) => m.facts)).toEqual([caseA, caseB]);
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
    const fallbackAsked: CaseFacts[] = [];
    const compute = settlingClient(
      () => worker,
      (facts) => {
        fallbackAsked.push(facts);
        return Promise.resolve(questionsFor(facts === caseA ? 'a here' : 'b here'));
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
      (facts) => settlingQuestionsInSlices(facts),
    );
    expect(await compute(caseA)).toEqual(settlingQuestions(caseA));
    expect(await compute(caseB)).toEqual(settlingQuestions(caseB));
    expect(attempts).toBe(1);
  });
});
