// Work that is out of date as soon as the user answers again: keep at most one computation running,
// remember only the newest input that arrived meanwhile, and deliver a result only if it is for the
// newest input. Answers given in quick succession therefore never queue up stale work, and a slow
// result can never overwrite a newer one.

export type LatestOnly<I> = {
  submit(input: I): void;
  /** The newest input submitted (undefined before the first). */
  latest(): I | undefined;
};

export function latestOnly<I, O>(
  compute: (input: I) => Promise<O>,
  deliver: (input: I, output: O) => void,
  fail: (input: I, error: unknown) => void,
): LatestOnly<I> {
  let newest: I | undefined;
  let hasNewest = false;
  let running = false;
  let waiting: { input: I } | null = null;

  const start = (input: I): void => {
    running = true;
    let result: Promise<O>;
    try {
      result = compute(input);
    } catch (error) {
      result = Promise.reject(error);
    }
    result.then(
      (output) => finish(input, () => deliver(input, output)),
      (error: unknown) => finish(input, () => fail(input, error)),
    );
  };

  const finish = (input: I, report: () => void): void => {
    running = false;
    if (hasNewest && input === newest) report();
    const next = waiting;
    waiting = null;
    if (next) start(next.input);
  };

  return {
    submit(input) {
      newest = input;
      hasNewest = true;
      if (running) waiting = { input };
      else start(input);
    },
    latest: () => newest,
  };
}
