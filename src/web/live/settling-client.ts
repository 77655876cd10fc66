// The page's side of the settling worker: one request per case, answers matched by id. If the
// worker cannot be started or dies (an old browser, a blocked script), every outstanding and later
// request is worked out on the main thread instead, so the questions still appear.
import type { SettlingInput, SettlingQuestions } from './settling.js';

export type SettlingRequest = { id: number } & SettlingInput;
export type SettlingReply =
  | { id: number; ok: true; questions: SettlingQuestions }
  | { id: number; ok: false; message: string };

/** The part of a Worker this client uses (a fake in the unit tests). */
export type WorkerLike = {
  postMessage(message: SettlingRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SettlingReply>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
};

export type ComputeSettling = (input: SettlingInput) => Promise<SettlingQuestions>;

export function settlingClient(startWorker: () => WorkerLike, fallback: ComputeSettling): ComputeSettling {
  let worker: WorkerLike | null = null;
  let broken = false;
  let nextId = 0;
  const outstanding = new Map<
    number,
    { input: SettlingInput; resolve: (q: SettlingQuestions) => void; reject: (e: Error) => void }
  >();

  const giveUp = (): void => {
    broken = true;
    worker?.terminate();
    worker = null;
    const stranded = [...outstanding.values()];
    outstanding.clear();
    for (const request of stranded) fallback(request.input).then(request.resolve, request.reject);
  };

  const open = (): WorkerLike => {
    const started = startWorker();
    started.addEventListener('message', (event) => {
      const reply = event.data;
      const request = outstanding.get(reply.id);
      if (!request) return;
      outstanding.delete(reply.id);
      if (reply.ok) request.resolve(reply.questions);
      else request.reject(new Error(reply.message));
    });
    started.addEventListener('error', giveUp);
    started.addEventListener('messageerror', giveUp);
    return started;
  };

  return (input) => {
    if (!broken && !worker) {
      try {
        worker = open();
      } catch {
        broken = true;
      }
    }
    if (broken || !worker) return fallback(input);
    const id = ++nextId;
    const target = worker;
    return new Promise((resolve, reject) => {
      outstanding.set(id, { input, resolve, reject });
      target.postMessage({ id, facts: input.facts, notApplicable: input.notApplicable });
    });
  };
}
