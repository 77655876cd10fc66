// Each what-if scenario's patch: the status facts it sets, the dependent control facts it rewrites
// (and only where the scenario removes the factor their force came from), and what follows.
import { describe, expect, it } from 'vitest';
import { pathwaysExtension } from '../../src/continuum/pathways-extension.js';
import {
  applyScenario,
  findScenario,
  noChange,
  scenarios,
  scenarioWords,
} from '../../src/continuum/scenarios.js';
import { whatIf } from '../../src/continuum/whatif.js';
import type { CaseFacts } from '../../src/facts/schema.js';
import { languages } from '../../src/i18n/index.js';
import { regimesOn } from '../../src/pathways/regimes/index.js';
import { baseline, merge } from './support.js';

/** An irregular migrant kept at work only by the threat of being denounced. */
const irregular = merge(baseline(), {
  jurisdiction: 'GB',
  person: { citizenships: ['NG'], permanentResidentOfJurisdiction: false },
  status: {
    immigration: 'irregular',
    rightToWork: false,
    accessToLabourInspectionOrCourts: false,
    riskOfRemovalIfReported: true,
  },
  exploitation: { hoursPerWeek: 70, pay: 'token' },
  control: { freeToLeave: false, threatOfDenunciationToAuthorities: true },
}) as CaseFacts;

/** A worker on a tied visa kept at work by the threat of a dismissal that would end the right to stay. */
const tied = merge(baseline(), {
  jurisdiction: 'GB',
  person: { citizenships: ['PH'], permanentResidentOfJurisdiction: false },
  status: {
    immigration: 'tied_work_visa',
    rightToWork: true,
    visaTiedToEmployer: true,
    canChangeEmployer: false,
  },
  exploitation: { hoursPerWeek: 70, pay: 'token' },
  control: { freeToLeave: false, threatOfDismissalEndingStatus: true, threatOfBeingSentHome: true },
}) as CaseFacts;

const patchOf = (facts: CaseFacts, id: string) =>
  applyScenario(facts, findScenario(id)!).patch.map((p) => [p.path, p.from, p.to, p.kind]);

describe('safe_reporting', () => {
  it('opens inspection and courts without removal risk, and the threat of denunciation loses its force', () => {
    expect(patchOf(irregular, 'safe_reporting')).toEqual([
      ['status.accessToLabourInspectionOrCourts', false, true, 'status'],
      ['status.riskOfRemovalIfReported', true, false, 'status'],
      ['control.threatOfDenunciationToAuthorities', true, false, 'neutralised'],
    ]);
  });

  it('with denunciation as the only penalty, forced labour falls away and the band drops to severe exploitation', () => {
    const result = whatIf(irregular, 'safe_reporting');
    expect(result.before.band).toEqual({ lowest: 'forced_labour', highest: 'forced_labour' });
    expect(result.after.band).toEqual({ lowest: 'severe_exploitation', highest: 'severe_exploitation' });
    expect(result.changes.instruments).toContainEqual(
      expect.objectContaining({ id: 'ilo-forced-labour-convention', from: 'met', to: 'not_met' }),
    );
    expect(result.changes.vulnerability).toContainEqual({
      id: 'no_safe_access_to_justice',
      from: 'met',
      to: 'not_met',
    });
  });

  it('changes nothing where reporting was already safe', () => {
    const safe = merge(irregular, {
      status: { accessToLabourInspectionOrCourts: true, riskOfRemovalIfReported: false },
    }) as CaseFacts;
    expect(patchOf(safe, 'safe_reporting')).toEqual([]);
    expect(whatIf(safe, 'safe_reporting').unchanged).toBe(true);
  });
});

describe('right_to_work', () => {
  it('for an irregular migrant grants the right to work but leaves the threat of denunciation its force', () => {
    // An irregular stay is itself a ground for removal (law.md §2, Art 6(4): national immigration law applies).
    expect(patchOf(irregular, 'right_to_work')).toEqual([['status.rightToWork', false, true, 'status']]);
  });

  it('for a lawful resident without permission to work, the threat of denunciation loses its force', () => {
    const student = merge(irregular, { status: { immigration: 'student_visa' } }) as CaseFacts;
    expect(patchOf(student, 'right_to_work')).toEqual([
      ['status.rightToWork', false, true, 'status'],
      ['control.threatOfDenunciationToAuthorities', true, false, 'neutralised'],
    ]);
  });

  it('with the immigration status unknown, the threat becomes unknown', () => {
    const unknown = merge(irregular, { status: { immigration: null } }) as CaseFacts;
    expect(patchOf(unknown, 'right_to_work')).toEqual([
      ['status.rightToWork', false, true, 'status'],
      ['control.threatOfDenunciationToAuthorities', true, null, 'uncertain'],
    ]);
  });
});

describe('untied_visa', () => {
  it('unties the visa: the dismissal threat is neutralised, the threat of being sent home becomes unknown', () => {
    expect(patchOf(tied, 'untied_visa')).toEqual([
      ['status.visaTiedToEmployer', true, false, 'status'],
      ['status.canChangeEmployer', false, true, 'status'],
      ['status.immigration', 'tied_work_visa', 'work_visa', 'status'],
      ['control.threatOfDismissalEndingStatus', true, false, 'neutralised'],
      ['control.threatOfBeingSentHome', true, null, 'uncertain'],
    ]);
  });

  it('with the dismissal threat the only certain penalty, forced labour becomes undetermined', () => {
    const result = whatIf(tied, 'untied_visa');
    expect(result.changes.instruments).toContainEqual(
      expect.objectContaining({ id: 'ilo-forced-labour-convention', from: 'met', to: 'undetermined' }),
    );
    expect(result.changes.band).toEqual({
      from: { lowest: 'forced_labour', highest: 'forced_labour' },
      to: { lowest: 'severe_exploitation', highest: 'forced_labour' },
    });
  });

  it('leaves the threats alone where the visa was never tied', () => {
    const untied = merge(tied, {
      status: { immigration: 'work_visa', visaTiedToEmployer: false },
    }) as CaseFacts;
    expect(patchOf(untied, 'untied_visa')).toEqual([['status.canChangeEmployer', false, true, 'status']]);
  });
});

describe('regular_status', () => {
  it('gives an irregular migrant a work visa; denunciation is neutralised, the relationship with the authorities unknown', () => {
    const facts = merge(irregular, {
      vulnerabilityAtDestination: { relationshipWithAuthorities: true },
    }) as CaseFacts;
    expect(patchOf(facts, 'regular_status')).toEqual([
      ['status.immigration', 'irregular', 'work_visa', 'status'],
      ['status.rightToWork', false, true, 'status'],
      ['status.riskOfRemovalIfReported', true, false, 'status'],
      ['control.threatOfDenunciationToAuthorities', true, false, 'neutralised'],
      ['vulnerabilityAtDestination.relationshipWithAuthorities', true, null, 'uncertain'],
    ]);
  });
});

describe('citizen', () => {
  it('makes the person a citizen: every status threat is neutralised, and smuggling no longer fits', () => {
    const smuggled = merge(irregular, {
      movement: {
        crossedBorder: true,
        entry: 'irregular',
        entryProcuredByAnother: true,
        benefitToFacilitator: true,
      },
    }) as CaseFacts;
    const patch = patchOf(smuggled, 'citizen');
    expect(patch[0]).toEqual(['status.immigration', 'irregular', 'citizen', 'status']);
    expect(patch).toContainEqual(['control.threatOfDenunciationToAuthorities', true, false, 'neutralised']);
    const result = whatIf(smuggled, 'citizen');
    expect(result.changes.instruments).toContainEqual(
      expect.objectContaining({ id: 'un-smuggling-protocol', from: 'met', to: 'not_met' }),
    );
    expect(result.after.vulnerability.find((v) => v.id === 'removable')!.present).toBe('not_met');
  });
});

describe('every scenario', () => {
  it.each(scenarios.map((s) => [s.id, s] as const))('%s is documented and idempotent', (_id, scenario) => {
    for (const lang of languages)
      expect(scenarioWords(scenario.id, lang).description.length).toBeGreaterThan(20);
    for (const facts of [irregular, tied]) {
      const once = applyScenario(facts, scenario);
      for (const entry of once.patch) {
        expect(entry.path).toMatch(/^(status|control|vulnerabilityAtDestination)\./);
        expect(entry.reason.length).toBeGreaterThan(10);
      }
      // Applied to its own result, a scenario has nothing left to change.
      expect(applyScenario(once.facts, scenario).patch).toEqual([]);
    }
  });

  it('the empty scenario patches nothing and changes nothing', () => {
    expect(applyScenario(irregular, noChange).patch).toEqual([]);
    expect(whatIf(irregular, noChange).unchanged).toBe(true);
  });

  it('unknown scenario names are refused', () => {
    expect(findScenario('open_borders')).toBeUndefined();
    expect(() => whatIf(irregular, 'open_borders')).toThrow(/unknown scenario/);
  });

  it('a registered extension (the pathways engine, later) reports its changes', () => {
    const result = whatIf(irregular, 'citizen', {
      extensions: [
        {
          id: 'pathways',
          compare: (before, after) =>
            before.status?.immigration === after.status?.immigration
              ? []
              : [{ what: 'status', from: before.status?.immigration, to: after.status?.immigration }],
        },
      ],
    });
    expect(result.changes.extensions.pathways).toEqual([
      { what: 'status', from: 'irregular', to: 'citizen' },
    ]);
  });
});

describe('the protection pathways in a what-if', () => {
  // Deceived into the job, kept there by nothing but the threat of denunciation: trafficking.
  const deceived = merge(irregular, {
    events: { identifiedOn: '2024-05-01' },
    recruitment: { recruited: true, deceivedAbout: { natureOfJobLocationOrEmployer: true, wages: true } },
  }) as CaseFacts;

  it('with safe reporting the threat, and with it trafficking, falls away — and so does victim protection', () => {
    const result = whatIf(deceived, 'safe_reporting', { extensions: [pathwaysExtension] });
    expect(result.changes.instruments).toContainEqual(
      expect.objectContaining({ id: 'un-trafficking-protocol', from: 'met', to: 'not_met' }),
    );
    const changes = result.changes.extensions.pathways;
    const inForce = regimesOn('2024-05-01').map((r) => r.id);
    for (const change of changes) {
      expect(inForce).toContain(change.id?.split('.')[0]);
      expect(change.from).not.toEqual(change.to);
    }
    expect(changes).toContainEqual({
      id: 'coe-2005.eligibility',
      what: 'Council of Europe Convention (2005): minimum standard: within the regime',
      from: 'met',
      to: 'not_met',
      fromWords: 'yes',
      toWords: 'no',
    });
  });

  it('compares nothing without a date, and nothing for the empty scenario', () => {
    const undated = merge(deceived, { events: null }) as CaseFacts;
    expect(whatIf(undated, 'safe_reporting', { extensions: [pathwaysExtension] }).changes.extensions).toEqual(
      {},
    );
    expect(whatIf(deceived, noChange, { extensions: [pathwaysExtension] }).unchanged).toBe(true);
  });
});
