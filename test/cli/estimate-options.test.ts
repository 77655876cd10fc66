// The estimate options' own problems (a bad --method, --maxorder, --bootstrap, --seed…) are in the
// run's language, name the option by its JSON path, and exit with code 2.
import { describe, expect, it } from 'vitest';
import { flatCatalogue } from '../../src/i18n/catalogues.js';
import { runCli } from '../support/cli.js';

const file = 'examples/lists/kosovo.csv';
const english = flatCatalogue('en');

describe('continuum estimate: the options’ problems in the run’s language', () => {
  it('Spanish: an unknown method and a --maxorder that is no whole number, named and exit 2', async () => {
    const { code, stderr } = await runCli([
      'estimate',
      file,
      '--method',
      'nosuch',
      '--maxorder',
      '1.5',
      '--lang',
      'es',
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('options.method');
    expect(stderr).toContain(flatCatalogue('es')['estimate.option.unknownMethod']);
    expect(stderr).toContain('options.maxorder');
    expect(stderr).toContain('--maxorder debe ser un número entero');
    expect(stderr).not.toContain(english['estimate.option.unknownMethod']);
    expect(stderr).not.toContain('must be');
  });

  it('French: a --bootstrap out of range and a --seed that is no number', async () => {
    const { code, stderr } = await runCli([
      'estimate',
      file,
      '--bootstrap',
      '-5',
      '--seed',
      'abc',
      '--lang',
      'fr',
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('options.bootstrap');
    expect(stderr).toMatch(/un nombre entier de 0 à 100/);
    expect(stderr).toContain('options.seed');
    expect(stderr).toContain('--seed doit être un nombre entier');
    expect(stderr).not.toMatch(/a whole number|must be/);
  });

  it('English as before', async () => {
    const { code, stderr } = await runCli(['estimate', file, '--threshold', 'x', '--lang', 'en']);
    expect(code).toBe(2);
    expect(stderr).toContain('options.threshold');
    expect(stderr).toContain('--threshold must be a number');
  });
});
