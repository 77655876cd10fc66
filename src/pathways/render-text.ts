// Plain-text timelines for people (the CLI). Text may change; the JSON output is the contract.
import { formatCitation } from '../law/logic/citation.js';
import type { Branch, PathwayResult, Stage } from './types.js';

const endWords: Record<Branch['endState'], string> = {
  removal: 'removal',
  asylum_claim_or_removal: 'asylum claim or removal',
  residence_permit: 'residence permit',
  permanent_residence: 'permanent residence',
  discretionary: 'discretionary (no entitlement)',
};

function span(stage: Stage): string {
  const end = stage.endDay === null ? 'open' : `${stage.endDay}${stage.minimumOnly ? '+' : ''}`;
  return `day ${stage.startDay}–${end}`.padEnd(16);
}

function value(v: unknown): string {
  return v === null || v === undefined ? 'unknown' : JSON.stringify(v);
}

function branchLines(label: string, branch: Branch): string[] {
  const when = branch.endDay === null ? 'open-ended' : `day ${branch.endDay}`;
  const lines = [`  ${label.padEnd(16)}→ ${endWords[branch.endState]} (${when})`];
  for (const stage of branch.stages) {
    const rights =
      stage.entitlements.length > 0 ? stage.entitlements.join(', ').replaceAll('_', ' ') : 'no entitlements';
    const coop = stage.requiresCooperation ? ' [needs cooperation]' : '';
    lines.push(`      ${span(stage)}${stage.name}${coop}: ${rights}`);
  }
  for (const decision of branch.decidedBy) {
    lines.push(`      · ${decision.path} = ${value(decision.value)}: ${decision.effect}`);
  }
  for (const note of branch.notes) lines.push(`      ℹ ${note}`);
  return lines;
}

export function renderPathway(result: PathwayResult): string {
  const r = result.regime;
  const lines = [
    `${r.title}  (${r.id}; ${r.from}${r.until ? ` to ${r.until}` : ' onwards'}; ${formatCitation(r.cite)})`,
    `  identified ${result.startDate}${result.inForce ? '' : ' — NOT in force then'} · within the regime: ${result.eligibility.value.replace('_', ' ')} (${result.eligibility.basis}) · residence conditional on cooperation: ${r.requiresCooperation ? 'yes' : 'no'} · this case: ${result.actual.replace('_', ' ')}`,
    ...branchLines('cooperating', result.branches.cooperating),
    ...branchLines('not cooperating', result.branches.notCooperating),
  ];
  for (const note of result.notes) lines.push(`  note: ${note}`);
  return lines.join('\n');
}
