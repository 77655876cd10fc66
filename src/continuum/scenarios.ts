// What-if scenarios: the same case under a different status. Each is a documented patch of status
// facts plus its stated consequence for the control facts that depend on the status changed
// (vulnerability.ts names those links).
//
// How a consequence is modelled. A control fact records a *means with force*: a threat counts for
// the Delphi indicators and for ILO C029's "menace of any penalty" because the person had reason to
// fear what was threatened. When a scenario removes the thing the threat menaces, the fact is
// rewritten in the counterfactual:
//   - `neutralised` → false: the threat's only force came from the status rule the scenario removes,
//     so even if it was made it menaces nothing (a threat of denunciation made to a citizen). An
//     unknown becomes false too: whether or not it was made, it would have no force.
//   - `uncertain` → unknown: part of its force came from the status rule and part may not have
//     (a threat of being sent home under an untied visa: the employer can no longer end the stay by
//     ending the job, but may have other means). A true fact becomes unknown; false stays false
//     (an absent threat stays absent).
// A consequence names the structural factor(s) it follows from (`because`, see vulnerability.ts)
// and applies only where the scenario *removes* one of them: present or unknown in the case as
// given, known absent with the patch. Where the case already shows the factor absent (say, the
// person already had the right to work), the threat demonstrably drew its force from something
// else, and the scenario leaves it as it was.
// Only destination-phase facts (control.*, vulnerabilityAtDestination.*) are rewritten: the
// scenarios change the status at destination, and what happened at recruitment stays as it was.
import type { CaseFacts } from '../facts/schema.js';
import { type Lang, type MessageKey, translator } from '../i18n/index.js';
import { readerFor, readPath, truthOf } from '../law/logic/evaluate.js';
import { type VulnerabilityId, vulnerabilityFactors } from './vulnerability.js';

export type Effect = 'neutralised' | 'uncertain';

/** `reason` is a message key: the patch gives its words in the language asked for. */
export type StatusSetting = { path: string; value: unknown; reason: MessageKey };
export type Consequence = {
  path: string;
  effect: Effect;
  reason: MessageKey;
  /** The structural factors the fact's force came from; applied only if one was present or unknown. */
  because: VulnerabilityId[];
};

/** A scenario's title and description are in the catalogues, `continuum.scenario.<id>.*`. */
export type Scenario = {
  id: string;
  /** The status facts set, given the case as it is. */
  status: (facts: CaseFacts) => StatusSetting[];
  /** The dependent facts that lose their force, given the case with the status set. */
  consequences: (patched: CaseFacts) => Consequence[];
};

const DENUNCIATION = 'control.threatOfDenunciationToAuthorities';
const DISMISSAL = 'control.threatOfDismissalEndingStatus';
const SENT_HOME = 'control.threatOfBeingSentHome';
const AUTHORITIES = 'vulnerabilityAtDestination.relationshipWithAuthorities';

const statusOf = (facts: CaseFacts) => facts.status?.immigration ?? undefined;

/** The empty scenario: no patch. A what-if with it must change nothing. */
export const noChange: Scenario = {
  id: 'none',
  status: () => [],
  consequences: () => [],
};

export const rightToWork: Scenario = {
  id: 'right_to_work',
  status: () => [{ path: 'status.rightToWork', value: true, reason: 'continuum.reason.grantsRightToWork' }],
  consequences: (patched) => {
    const immigration = statusOf(patched);
    // With lawful work *and* lawful stay there is nothing to denounce. An irregular stay remains
    // a ground for removal, so for an irregular migrant the threat keeps its force.
    if (immigration === 'irregular') return [];
    if (immigration === undefined) {
      return [
        {
          path: DENUNCIATION,
          effect: 'uncertain',
          because: ['no_right_to_work'],
          reason: 'continuum.reason.denunciationUncertainUnknownStatus',
        },
      ];
    }
    return [
      {
        path: DENUNCIATION,
        effect: 'neutralised',
        because: ['no_right_to_work'],
        reason: 'continuum.reason.denunciationNeutralisedLawfulWork',
      },
    ];
  },
};

export const untiedVisa: Scenario = {
  id: 'untied_visa',
  status: (facts) => [
    {
      path: 'status.visaTiedToEmployer',
      value: false,
      reason: 'continuum.reason.visaUntied',
    },
    { path: 'status.canChangeEmployer', value: true, reason: 'continuum.reason.mayChangeEmployer' },
    ...(statusOf(facts) === 'tied_work_visa'
      ? [
          {
            path: 'status.immigration',
            value: 'work_visa',
            reason: 'continuum.reason.tiedVisaBecomesUntied' as const,
          },
        ]
      : []),
  ],
  consequences: () => [
    {
      path: DISMISSAL,
      effect: 'neutralised',
      because: ['tied_visa'],
      reason: 'continuum.reason.dismissalNoLongerEndsStay',
    },
    {
      path: SENT_HOME,
      effect: 'uncertain',
      because: ['tied_visa'],
      reason: 'continuum.reason.sentHomeOtherMeans',
    },
  ],
};

export const regularStatus: Scenario = {
  id: 'regular_status',
  status: (facts) => {
    const immigration = statusOf(facts);
    const settings: StatusSetting[] = [];
    if (immigration === undefined || immigration === 'irregular' || immigration === 'visitor_visa') {
      settings.push({
        path: 'status.immigration',
        value: 'work_visa',
        reason: 'continuum.reason.lawfulStatusAllowsWork',
      });
    }
    settings.push({
      path: 'status.rightToWork',
      value: true,
      reason: 'continuum.reason.regularStatusAllowsWork',
    });
    if (facts.status?.visaTiedToEmployer !== true) {
      settings.push({
        path: 'status.riskOfRemovalIfReported',
        value: false,
        reason: 'continuum.reason.noRemovalForComplaining',
      });
    }
    return settings;
  },
  consequences: () => [
    {
      path: DENUNCIATION,
      effect: 'neutralised',
      because: ['irregular_status', 'no_right_to_work', 'no_safe_access_to_justice'],
      reason: 'continuum.reason.nothingToDenounce',
    },
    {
      path: AUTHORITIES,
      effect: 'uncertain',
      because: ['irregular_status'],
      reason: 'continuum.reason.statusNoLongerLever',
    },
  ],
};

export const citizen: Scenario = {
  id: 'citizen',
  status: () => [
    { path: 'status.immigration', value: 'citizen', reason: 'continuum.reason.makesCitizen' },
    { path: 'status.rightToWork', value: true, reason: 'continuum.reason.citizensMayWork' },
    { path: 'status.visaTiedToEmployer', value: false, reason: 'continuum.reason.citizensNeedNoVisa' },
    { path: 'status.canChangeEmployer', value: true, reason: 'continuum.reason.citizensMayChangeEmployer' },
    {
      path: 'status.riskOfRemovalIfReported',
      value: false,
      reason: 'continuum.reason.citizensCannotBeRemoved',
    },
    {
      path: 'status.accessToLabourInspectionOrCourts',
      value: true,
      reason: 'continuum.reason.citizensCanComplain',
    },
    {
      path: 'status.accessToHealthcare',
      value: true,
      reason: 'continuum.reason.citizensHealthcare',
    },
  ],
  consequences: () => [
    {
      path: DENUNCIATION,
      effect: 'neutralised',
      because: ['removable', 'no_right_to_work', 'irregular_status', 'no_safe_access_to_justice'],
      reason: 'continuum.reason.citizenNotPenalised',
    },
    {
      path: DISMISSAL,
      effect: 'neutralised',
      because: ['tied_visa', 'removable'],
      reason: 'continuum.reason.citizenStayNotJob',
    },
    {
      path: SENT_HOME,
      effect: 'neutralised',
      because: ['removable'],
      reason: 'continuum.reason.citizenAtHome',
    },
    {
      path: AUTHORITIES,
      effect: 'uncertain',
      because: ['removable', 'irregular_status'],
      reason: 'continuum.reason.statusNoLongerLever',
    },
  ],
};

export const safeReporting: Scenario = {
  id: 'safe_reporting',
  status: () => [
    {
      path: 'status.accessToLabourInspectionOrCourts',
      value: true,
      reason: 'continuum.reason.canGoToInspector',
    },
    {
      path: 'status.riskOfRemovalIfReported',
      value: false,
      reason: 'continuum.reason.firewall',
    },
  ],
  consequences: () => [
    {
      path: DENUNCIATION,
      effect: 'neutralised',
      because: ['no_safe_access_to_justice'],
      // The strong reading of a firewall: what reaches labour inspection or the courts — by the
      // worker's complaint or the employer's denunciation — leads to no immigration action, and
      // the worker can go to the inspector first. A firewall covering only the worker's own
      // complaints would leave a direct report to immigration enforcement possible: the threat
      // would then keep its force for a removable person (compare `regular_status`).
      reason: 'continuum.reason.firewallNeutralisesDenunciation',
    },
  ],
};

export const scenarios: readonly Scenario[] = [
  rightToWork,
  untiedVisa,
  regularStatus,
  citizen,
  safeReporting,
];

/** A scenario's title and description in a language. */
export function scenarioWords(id: string, lang?: Lang): { title: string; description: string } {
  const tr = translator(lang);
  return {
    title: tr.dynamic(`continuum.scenario.${id}.title`, undefined, id),
    description: tr.dynamic(`continuum.scenario.${id}.description`, undefined, ''),
  };
}

export function findScenario(id: string): Scenario | undefined {
  return id === noChange.id ? noChange : scenarios.find((scenario) => scenario.id === id);
}

export type PatchEntry = {
  path: string;
  /** The value in the case (null = unknown). */
  from: unknown;
  /** The value in the scenario (null = unknown). */
  to: unknown;
  kind: 'status' | Effect;
  reason: string;
};

function setPath(facts: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = facts;
  for (const key of keys.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The value a consequence gives a fact (see the header for why). */
export function consequenceValue(effect: Effect, current: unknown): unknown {
  if (effect === 'neutralised') return false;
  return current === true ? null : (current ?? null);
}

/** The case with the scenario applied, and every fact it changed. Pure: the input is not modified. */
export function applyScenario(
  facts: CaseFacts,
  scenario: Scenario,
  lang?: Lang,
): { facts: CaseFacts; patch: PatchEntry[] } {
  const { t } = translator(lang);
  const patched = structuredClone(facts) as CaseFacts & Record<string, unknown>;
  const patch: PatchEntry[] = [];
  for (const setting of scenario.status(facts)) {
    const from = readPath(patched, setting.path) ?? null;
    if (same(from, setting.value)) continue;
    setPath(patched, setting.path, setting.value);
    patch.push({ path: setting.path, from, to: setting.value, kind: 'status', reason: t(setting.reason) });
  }
  const [readBefore, readAfter] = [readerFor(facts), readerFor(patched)];
  const removed = (id: VulnerabilityId) => {
    const rule = vulnerabilityFactors.find((factor) => factor.id === id)!.rule;
    return truthOf(rule, readBefore) !== 'not_met' && truthOf(rule, readAfter) === 'not_met';
  };
  for (const consequence of scenario.consequences(patched)) {
    if (!consequence.because.some(removed)) continue;
    const from = readPath(patched, consequence.path) ?? null;
    const to = consequenceValue(consequence.effect, from);
    if (same(from, to)) continue;
    setPath(patched, consequence.path, to);
    patch.push({ path: consequence.path, from, to, kind: consequence.effect, reason: t(consequence.reason) });
  }
  return { facts: patched, patch };
}
