// `continuum whatif <case> --scenario NAME [--json]`: the same case under another status, and
// every change that follows in the verdicts, the band and the profile.
import type { Command } from 'commander';
import { pathwaysExtension } from '../continuum/pathways-extension.js';
import { renderWhatIf } from '../continuum/render-text.js';
import { findScenario, scenarios } from '../continuum/scenarios.js';
import { whatIf } from '../continuum/whatif.js';
import { unknownName } from '../facts/problems.js';
import { InputError, printJson } from './io.js';
import { cliLang, cliText } from './lang.js';
import { readCase } from './read-case.js';

export function register(program: Command): void {
  program
    .command('whatif')
    .description(cliText('cli.command.whatif'))
    .argument('<case>', cliText('cli.arg.caseFile'))
    .requiredOption(
      '--scenario <name>',
      cliText('cli.whatif.scenario', { ids: scenarios.map((s) => s.id).join(', ') }),
    )
    .option('--json', cliText('cli.option.jsonContract'))
    .action(async (file: string, options: { scenario: string; json?: boolean }) => {
      const scenario = findScenario(options.scenario);
      if (!scenario) {
        throw new InputError('--scenario', [
          unknownName(
            '',
            'unknown_scenario',
            'scenario',
            options.scenario,
            [...scenarios, { id: 'none' }],
            cliLang(),
          ),
        ]);
      }
      const facts = await readCase(file);
      // The protection pathways are compared too (regimes in force on the identification date).
      const result = whatIf(facts, scenario, { extensions: [pathwaysExtension], lang: cliLang() });
      if (options.json) {
        printJson(result);
        return;
      }
      process.stdout.write(`── ${file}\n${renderWhatIf(result)}\n`);
    });
}
