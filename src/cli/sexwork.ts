// `continuum sexwork <case> [--regime ID] [--json]` — for a case in the sex industry, who each
// prostitution regime criminalises and what it means for this person given their status.
import type { Command } from 'commander';
import type { CaseFacts } from '../facts/schema.js';
import { sexworkReport } from '../pathways/report.js';
import { sexworkRegimes } from '../pathways/sexwork/index.js';
import type { PartyRule, SexworkResult } from '../pathways/sexwork/types.js';
import { InputError, printJson } from './io.js';
import { readCase } from './read-case.js';

export function sexworkFor(facts: CaseFacts, regimeId?: string) {
  const report = sexworkReport(facts, regimeId);
  if (!report.ok) throw new InputError(report.input === 'regime' ? '--regime' : 'sexwork', report.problems);
  return report.value;
}

const words = { yes: 'criminalised', no: 'not criminalised', partly: 'partly criminalised' } as const;

function party(label: string, rule: PartyRule): string {
  return `    ${label.padEnd(12)} ${words[rule.criminalised].padEnd(20)} ${rule.summary}  [${rule.cite.article}]`;
}

function render(result: SexworkResult): string {
  const p = result.person;
  const lines = [
    `${result.regime.title}  (${result.regime.id}; ${result.regime.model})`,
    party('seller', result.parties.seller),
    party('buyer', result.parties.buyer),
    party('third party', result.parties.thirdParty),
    `  this person (${result.status.class.replace('_', ' ')}): ${p.summary}`,
    `    selling an offence: ${p.criminal.replace('_', ' ')} · may lawfully do sex work: ${p.lawful} · immigration: ${p.immigration.replaceAll('_', ' ')}  [${p.cite.map((c) => c.article).join('; ')}]`,
  ];
  if (result.buyerOfThisPerson) {
    const b = result.buyerOfThisPerson;
    lines.push(
      `  a buyer of this person: ${b.criminalised === 'yes' ? 'commits an offence' : b.criminalised === 'no' ? 'no offence' : 'undetermined'} — ${b.reason}  [${b.cite.article}]`,
    );
  }
  for (const note of result.notes) lines.push(`  note: ${note}`);
  return lines.join('\n');
}

export function register(program: Command): void {
  program
    .command('sexwork')
    .description(
      'Who each prostitution regime criminalises, and the consequence for this person given their status',
    )
    .argument('<case>', 'case file (JSON or YAML)')
    .option('--regime <id>', `one regime: ${sexworkRegimes.map((r) => r.id).join(', ')}`)
    .option('--json', 'print { schemaVersion, case, regimes: [SexworkResult] }')
    .action(async (file: string, options: { regime?: string; json?: boolean }) => {
      const facts = await readCase(file);
      const output = sexworkFor(facts, options.regime);
      if (options.json) {
        printJson(output);
        return;
      }
      const heading = facts.title ?? facts.id ?? file;
      process.stdout.write(`${heading}\n\n${output.regimes.map(render).join('\n\n')}\n`);
    });
}
