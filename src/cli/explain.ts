// `continuum explain [instrument] [--json]` — the rule tree with its citations.
import type { Command } from 'commander';
import { unknownName } from '../facts/problems.js';
import { findInstrument, instruments } from '../law/instruments/index.js';
import { instrumentToJson } from '../law/render/json.js';
import { renderInstrument } from '../law/render/text.js';
import { InputError, printJson } from './io.js';
import { cliLang, cliText } from './lang.js';

export function register(program: Command): void {
  program
    .command('explain')
    .description(cliText('cli.command.explain'))
    .argument('[instrument]', cliText('cli.explain.instrument'))
    .option('--json', cliText('cli.explain.json'))
    .action((id: string | undefined, options: { json?: boolean }) => {
      let chosen = instruments;
      if (id) {
        const instrument = findInstrument(id);
        if (!instrument) {
          throw new InputError('explain', [
            unknownName('', 'unknown_instrument', 'instrument', id, instruments, cliLang()),
          ]);
        }
        chosen = [instrument];
      }
      if (options.json) {
        const trees = chosen.map(instrumentToJson);
        printJson({ schemaVersion: 1, instruments: trees });
        return;
      }
      process.stdout.write(
        `${chosen.map((instrument) => renderInstrument(instrument, cliLang())).join('\n\n')}\n`,
      );
    });
}
