// The golden scenario outputs: three example cases, in French and Spanish, as a caseworker reads
// them: the continuum profile, the what-if under the citizen scenario, and the assessment under
// every instrument (the elements that decided each verdict, in the words of the law catalogue), and
// the protection pathways in force on the day the person was identified.
// `npm run goldens` writes them to examples/goldens/; a test fails when they are stale, so any
// change of wording shows in review, where the legal terms are checked against the glossary.
import { pathwaysExtension } from '../continuum/pathways-extension.js';
import { renderBand, renderProfile, renderVulnerability, renderWhatIf } from '../continuum/render-text.js';
import { continuumReport } from '../continuum/report.js';
import { whatIf } from '../continuum/whatif.js';
import type { CaseFacts } from '../facts/schema.js';
import { assess } from '../law/assess.js';
import { renderAssessment } from '../law/render/text.js';
import { renderPathway } from '../pathways/render-text.js';
import { pathwaysReport } from '../pathways/report.js';
import type { Lang } from './languages.js';

export const goldenCases = [
  'labour-trafficking-deception',
  'domestic-servitude',
  'debt-bondage-brick-kiln',
] as const;
export const goldenLanguages: readonly Lang[] = ['fr', 'es'];

/** The regimes in force on the identification day (none when the case has no date). */
function pathways(facts: CaseFacts, lang: Lang): string[] {
  const report = pathwaysReport(facts, { lang });
  return report.ok && report.value.regimes.length > 0
    ? [report.value.regimes.map((regime) => renderPathway(regime, lang)).join('\n\n')]
    : [];
}

/** The golden text of one case in one language. */
export function goldenText(facts: CaseFacts, lang: Lang): string {
  const report = continuumReport(facts, lang);
  const sections = [
    [facts.title ?? facts.id ?? ''],
    renderProfile(report.profile, lang),
    renderBand(report.band, lang),
    renderVulnerability(report.vulnerability, lang),
    report.profile.notes.map((note) => `- ${note}`),
    [renderWhatIf(whatIf(facts, 'citizen', { extensions: [pathwaysExtension], lang }))],
    [renderAssessment(assess(facts), { lang }).trimEnd()],
    pathways(facts, lang),
  ];
  return `${sections
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n')}\n`;
}
