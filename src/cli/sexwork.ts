// `continuum sexwork <case> [--regime ID] [--json]` — for a case in the sex industry, who each
// prostitution regime criminalises and what it means for this person given their status.
import type { Command } from 'commander';
import type { CaseFacts } from '../facts/schema.js';
import { type Lang, type Translator, translator } from '../i18n/index.js';
import { sexworkReport } from '../pathways/report.js';
import { sexworkRegimes } from '../pathways/sexwork/index.js';
import type { PartyPosition, SexworkResult } from '../pathways/sexwork/types.js';
import { InputError, printJson } from './io.js';
import { cliLang, cliText } from './lang.js';
import { readCase } from './read-case.js';

export function sexworkFor(facts: CaseFacts, regimeId?: string, lang?: Lang) {
  const report = sexworkReport(facts, { regime: regimeId, lang });
  if (!report.ok) throw new InputError(report.input === 'regime' ? '--regime' : 'sexwork', report.problems);
  return report.value;
}

function party(tr: Translator, key: 'seller' | 'buyer' | 'thirdParty', rule: PartyPosition): string {
  return `    ${tr.t('pathways.sexwork.party', {
    party: tr.dynamic(`pathways.sexwork.party.${key}`),
    criminalised: tr.dynamic(`pathways.sexwork.criminalised.${rule.criminalised}`),
    summary: rule.summary,
    article: rule.cite.article,
  })}`;
}

/** One regime for this person, in words of the language. */
function render(result: SexworkResult, lang: Lang): string {
  const tr = translator(lang);
  const { t } = tr;
  const p = result.person;
  const lines = [
    t('pathways.sexwork.regimeHeading', {
      title: result.regime.title,
      id: result.regime.id,
      model: result.regime.model,
    }),
    party(tr, 'seller', result.parties.seller),
    party(tr, 'buyer', result.parties.buyer),
    party(tr, 'thirdParty', result.parties.thirdParty),
    `  ${t('pathways.sexwork.thisPerson', { class: tr.dynamic(`pathways.sexwork.class.${result.status.class}`), summary: p.summary })}`,
    `    ${t('pathways.sexwork.personLine', {
      criminal: tr.dynamic(`pathways.sexwork.criminal.${p.criminal}`),
      lawful: tr.dynamic(`pathways.sexwork.lawful.${p.lawful}`),
      immigration: tr.dynamic(`pathways.sexwork.immigration.${p.immigration}`),
      articles: p.cite.map((c) => c.article).join('; '),
    })}`,
  ];
  if (result.buyerOfThisPerson) {
    const b = result.buyerOfThisPerson;
    lines.push(
      `  ${t('pathways.sexwork.buyerOfThisPerson', {
        verdict: tr.dynamic(`pathways.sexwork.buyer.${b.criminalised}`),
        reason: b.reason,
        article: b.cite.article,
      })}`,
    );
  }
  for (const note of result.notes) lines.push(`  ${t('pathways.text.note', { note })}`);
  return lines.join('\n');
}

export function register(program: Command): void {
  program
    .command('sexwork')
    .description(cliText('cli.command.sexwork'))
    .argument('<case>', cliText('cli.arg.caseFile'))
    .option(
      '--regime <id>',
      cliText('cli.option.regime', { ids: sexworkRegimes.map((r) => r.id).join(', ') }),
    )
    .option(
      '--json',
      cliText('cli.option.json', { shape: '{ schemaVersion, case, regimes: [SexworkResult] }' }),
    )
    .action(async (file: string, options: { regime?: string; json?: boolean }) => {
      const facts = await readCase(file);
      const lang = cliLang();
      const output = sexworkFor(facts, options.regime, lang);
      if (options.json) {
        printJson(output);
        return;
      }
      const heading = facts.title ?? facts.id ?? file;
      process.stdout.write(`${heading}\n\n${output.regimes.map((r) => render(r, lang)).join('\n\n')}\n`);
    });
}
