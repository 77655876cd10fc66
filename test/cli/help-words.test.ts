// Commander's own words under --lang: an option's default value, the errors it reports for a
// command line it cannot parse (exit 2), and French help lines never broken at a no-break space.
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const flat = (text: string) => text.replace(/[ \n]+/g, ' ');

describe('commander’s words in the reader’s language', () => {
  it('shows a default value in the reader’s words', async () => {
    const help = await runCli(['estimate', '--help', '--lang', 'es']);
    expect(help.code).toBe(0);
    expect(flat(help.stdout)).toContain('(por defecto: "stepwise")');
    expect(flat(help.stdout)).not.toContain('default:');
  });

  it('says commander’s errors in the reader’s language, exit 2', async () => {
    const unknown = await runCli(['assess', '--nope', 'case.json', '--lang', 'es']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('error: opción desconocida «--nope»');
    const missing = await runCli(['parties', 'ilo-c105', '--at', '--lang', 'fr']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('erreur\u00a0: la valeur de l’option «\u00a0--at <date>\u00a0» manque');
    const command = await runCli(['nosuch', '--lang', 'fr']);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('erreur\u00a0: commande inconnue «\u00a0nosuch\u00a0»');
    const english = await runCli(['nosuch']);
    expect(english.stderr).toContain("error: unknown command 'nosuch'");
  });

  it('never starts a French help line with the punctuation its no-break space holds', async () => {
    for (const args of [['--help'], ['estimate', '--help'], ['serve', '--help'], ['aggregate', '--help']]) {
      const help = await runCli([...args, '--lang', 'fr']);
      expect(help.stdout.split('\n').filter((line) => /^\s*[:;?!»]/.test(line))).toEqual([]);
    }
  });
});
