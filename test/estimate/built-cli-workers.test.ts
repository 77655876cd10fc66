import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runEstimate } from '../../src/estimate/methods.js';
import { western } from './reference-data.js';

// The piscina workers exist only in the built dist/bundle/ (npm run build, run by `npm ci`): this runs
// the built binary, whose bootstrap is spread over worker threads, and checks that it gives exactly
// the single-thread numbers computed here from the sources.
const built = existsSync('dist/bundle/bootstrap-worker.js') && existsSync('bin/continuum.js');

describe.skipIf(!built)('the built CLI with worker threads', () => {
  it('gives the same BCa interval as the single-thread computation, and nothing on stderr', async () => {
    // 250 replicates are 13 chunks of work listening to one stop signal: more than Node's ten
    // listeners, which once printed a leak warning to the user's terminal.
    const { stdout, stderr } = spawnSync(
      process.execPath,
      [
        'bin/continuum.js',
        'estimate',
        'examples/lists/western-us.csv',
        '--bootstrap',
        '250',
        '--seed',
        '5',
        '--json',
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(stderr).toBe('');
    const fromWorkers = JSON.parse(stdout);
    const here = await runEstimate(western, { method: 'stepwise', bootstrap: 250, seed: 5 });
    if (!here.ok) throw new Error('no estimate');
    expect(fromWorkers.interval.method).toBe('bca-bootstrap');
    expect(fromWorkers.estimate).toBeCloseTo(here.report.estimate, 6);
    expect(fromWorkers.interval.lower).toBeCloseTo(here.report.interval?.lower ?? 0, 6);
    expect(fromWorkers.interval.upper).toBeCloseTo(here.report.interval?.upper ?? 0, 6);
  });
});
