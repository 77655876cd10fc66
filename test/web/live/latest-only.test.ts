import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../../src/web/live/latest-only.js';

/** A computation whose promises the test settles by hand, in any order. */
function controlled() {
  const calls: Array<{ input: string; resolve: (v: string) => void; reject: (e: Error) => void }> = [];
  const compute = (input: string) =>
    new Promise<string>((resolve, reject) => {
      calls.push({ input, resolve, reject });
    });
  return { calls, compute };
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('latestOnly', () => {
  it('runs one computation at a time, skips inputs overtaken while waiting, and delivers only the newest', async () => {
    const { calls, compute } = controlled();
    const delivered: string[] = [];
    const runner = latestOnly(
      compute,
      (input, output) => delivered.push(`${input}:${output}`),
      () => {},
    );
    runner.submit('a');
    runner.submit('b');
    runner.submit('c');
    expect(calls.map((c) => c.input)).toEqual(['a']);
    calls[0].resolve('A');
    await tick();
    // 'a' is stale (c came after it) and 'b' was overtaken before it started.
    expect(delivered).toEqual([]);
    expect(calls.map((c) => c.input)).toEqual(['a', 'c']);
    calls[1].resolve('C');
    await tick();
    expect(delivered).toEqual(['c:C']);
    expect(runner.latest()).toBe('c');
  });

  it('drops a result that arrives after a newer answer was given, even if that one fails', async () => {
    const { calls, compute } = controlled();
    const delivered: string[] = [];
    const failed: string[] = [];
    const runner = latestOnly(
      compute,
      (input) => delivered.push(input),
      (input, error) => failed.push(`${input}:${(error as Error).message}`),
    );
    runner.submit('a');
    calls[0].resolve('A');
    await tick();
    expect(delivered).toEqual(['a']);
    runner.submit('b');
    runner.submit('c');
    calls[1].reject(new Error('stale failure'));
    await tick();
    expect(failed).toEqual([]);
    calls[2].reject(new Error('broken'));
    await tick();
    expect(failed).toEqual(['c:broken']);
    expect(delivered).toEqual(['a']);
  });

  it('reports a computation that throws instead of returning a promise, and keeps going', async () => {
    const failed: unknown[] = [];
    const delivered: number[] = [];
    let calls = 0;
    const runner = latestOnly(
      (n: number) => {
        calls += 1;
        if (n < 0) throw new Error('negative');
        return Promise.resolve(n * 2);
      },
      (_n, doubled) => delivered.push(doubled),
      (n) => failed.push(n),
    );
    runner.submit(-1);
    await tick();
    runner.submit(4);
    await tick();
    expect(failed).toEqual([-1]);
    expect(delivered).toEqual([8]);
    expect(calls).toBe(2);
  });
});
