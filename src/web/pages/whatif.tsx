// What if: the same facts under a different status — a right to work, an untied visa, a regular
// status, citizenship, safe reporting — side by side with the case as recorded, and for each
// scenario what it changes in the facts (and why) and what that changes in the verdicts, the band
// and the protection regimes. The continuum module is loaded on first use.
import { computed, signal } from '@preact/signals';
import { type ComponentChildren, Fragment } from 'preact';
import { questionFor } from '../../facts/questions.js';
import { TableBox } from '../components/table-box.js';
import { Verdict } from '../components/verdict.js';
import { answerFor } from '../facts/answers.js';
import { answerLabel, instrumentShortName, valueLabel, verdictWords } from '../facts/labels.js';
import { facts } from '../state/case.js';

const text = {
  title: 'What if',
  lede: [
    'The case on the ',
    'Assess',
    ' page under the same facts but a different status. Much of a migrant’s vulnerability is made by the rules on status and work: each scenario changes those rules for this person, then follows the threats that drew their force from them.',
  ],
  loading: 'Loading the scenarios…',
  choose: 'Scenarios shown',
  sideBySide: 'Side by side',
  row: 'Result',
  asRecorded: 'As recorded',
  band: 'Band on the continuum',
  delphi: 'Trafficking on the Delphi indicators',
  changed: 'changed',
  changes: 'What the scenario changes in the facts',
  because: 'Because',
  results: 'What that changes',
  nothing: 'Nothing changes for this case.',
  noFactChange: 'No fact of this case changes.',
  arrow: '→',
  unknown: 'unknown',
  bandRange: (low: string, high: string) => (low === high ? low : `${low} to ${high}`),
  dimension: (id: string, name: string) => `${id} ${name} positive`,
  vulnerability: (label: string) => `Structural vulnerability: ${label}`,
  survey: 'ILO survey category',
  present: { met: 'present', not_met: 'absent', undetermined: 'unknown' } as Record<string, string>,
};

type ContinuumModule = typeof import('../../continuum/index.js');
const loaded = signal<ContinuumModule | null>(null);
let requested = false;
const chosen = signal<Set<string> | null>(null);

const results = computed(() => {
  const module = loaded.value;
  if (!module) return null;
  return module.scenarios.map((scenario) =>
    module.whatIf(facts.value, scenario, { extensions: [module.pathwaysExtension] }),
  );
});

const shownValue = (value: unknown) =>
  value === null || value === undefined ? text.unknown : answerLabel(value);
const showTruth = (value: unknown) =>
  typeof value === 'string' && value in verdictWords ? verdictWords[value].toLowerCase() : shownValue(value);

export function WhatIfPage() {
  if (!requested) {
    requested = true;
    void import('../../continuum/index.js').then((module) => {
      loaded.value = module;
    });
  }
  const module = loaded.value;
  const all = results.value;
  if (!module || !all) return <p>{text.loading}</p>;
  const shown = all.filter((r) => chosen.value?.has(r.scenario.id) ?? true);
  const base = all[0]?.before;
  const bandLabel = (id: string) => module.bands.find((b) => b.id === id)?.label ?? valueLabel(id);
  const vulnerabilityLabel = (id: string) =>
    module.vulnerabilityFactors.find((f) => f.id === id)?.label ?? valueLabel(id);
  const cell = (changed: boolean, content: ComponentChildren) => (
    <td class={changed ? 'changed' : undefined}>
      {content}
      {changed ? <span class="changed-tag">{text.changed}</span> : null}
    </td>
  );
  return (
    <div class="whatif">
      <h1>{text.title}</h1>
      <p class="lede">
        {text.lede[0]}
        <a href="#/assess">{text.lede[1]}</a>
        {text.lede[2]}
      </p>
      <fieldset class="scenario-choice">
        <legend>{text.choose}</legend>
        {all.map((r) => (
          <label key={r.scenario.id} class="option">
            <input
              type="checkbox"
              checked={chosen.value?.has(r.scenario.id) ?? true}
              onChange={(event) => {
                const next = new Set(chosen.value ?? all.map((x) => x.scenario.id));
                if (event.currentTarget.checked) next.add(r.scenario.id);
                else next.delete(r.scenario.id);
                chosen.value = next;
              }}
            />{' '}
            {r.scenario.title}
          </label>
        ))}
      </fieldset>

      <h2>{text.sideBySide}</h2>
      <TableBox label={text.sideBySide}>
        <table class="whatif-table">
          <thead>
            <tr>
              <th scope="col">{text.row}</th>
              <th scope="col">{text.asRecorded}</th>
              {shown.map((r) => (
                <th scope="col" key={r.scenario.id}>
                  {r.scenario.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {base?.instruments.map((instrument, i) => (
              <tr key={instrument.id}>
                <th scope="row">{instrumentShortName(instrument.id, instrument.title)}</th>
                <td>
                  <Verdict value={instrument.verdict} small />
                </td>
                {shown.map((r) => {
                  const after = r.after.instruments[i].verdict;
                  return (
                    <Fragment key={r.scenario.id}>
                      {cell(after !== instrument.verdict, <Verdict value={after} small />)}
                    </Fragment>
                  );
                })}
              </tr>
            ))}
            {base ? (
              <tr>
                <th scope="row">{text.band}</th>
                <td>{text.bandRange(bandLabel(base.band.lowest), bandLabel(base.band.highest))}</td>
                {shown.map((r) => (
                  <Fragment key={r.scenario.id}>
                    {cell(
                      r.changes.band !== null,
                      text.bandRange(bandLabel(r.after.band.lowest), bandLabel(r.after.band.highest)),
                    )}
                  </Fragment>
                ))}
              </tr>
            ) : null}
            {base ? (
              <tr>
                <th scope="row">{text.delphi}</th>
                <td>
                  <Verdict value={base.profile.delphiTrafficking} small />
                </td>
                {shown.map((r) => (
                  <Fragment key={r.scenario.id}>
                    {cell(
                      r.changes.delphiTrafficking !== null,
                      <Verdict value={r.after.profile.delphiTrafficking} small />,
                    )}
                  </Fragment>
                ))}
              </tr>
            ) : null}
          </tbody>
        </table>
      </TableBox>

      <div class="scenario-cards">
        {shown.map((r) => (
          <section key={r.scenario.id} class="panel scenario" aria-labelledby={`scenario-${r.scenario.id}`}>
            <h2 id={`scenario-${r.scenario.id}`}>{r.scenario.title}</h2>
            <p>{r.scenario.description}</p>
            <h3>{text.changes}</h3>
            {r.patch.length === 0 ? (
              <p>{text.noFactChange}</p>
            ) : (
              <ul class="patch">
                {r.patch.map((entry) => (
                  <li key={entry.path}>
                    {questionFor(entry.path)}{' '}
                    <strong>
                      {entry.from === null ? text.unknown : answerFor(entry.path, entry.from)} {text.arrow}{' '}
                      {entry.to === null ? text.unknown : answerFor(entry.path, entry.to)}
                    </strong>
                    <br />
                    <span class="note">
                      {text.because}: {entry.reason}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <h3>{text.results}</h3>
            {r.unchanged ? (
              <p>{text.nothing}</p>
            ) : (
              <ul class="changes">
                {r.changes.instruments.map((c) => (
                  <li key={c.id}>
                    {instrumentShortName(c.id, c.title)}: <Verdict value={c.from} small /> {text.arrow}{' '}
                    <Verdict value={c.to} small />
                  </li>
                ))}
                {r.changes.band ? (
                  <li>
                    {text.band}:{' '}
                    {text.bandRange(
                      bandLabel(r.changes.band.from.lowest),
                      bandLabel(r.changes.band.from.highest),
                    )}{' '}
                    {text.arrow}{' '}
                    {text.bandRange(
                      bandLabel(r.changes.band.to.lowest),
                      bandLabel(r.changes.band.to.highest),
                    )}
                  </li>
                ) : null}
                {r.changes.dimensions.map((d) => {
                  const dimension = module.dimensions.find((x) => x.id === d.id);
                  return d.from.positive !== d.to.positive ? (
                    <li key={d.id}>
                      {text.dimension(d.id, dimension?.name ?? '')}: {showTruth(d.from.positive)} {text.arrow}{' '}
                      {showTruth(d.to.positive)}
                    </li>
                  ) : null;
                })}
                {r.changes.survey ? (
                  <li>
                    {text.survey}: {shownValue(r.changes.survey.from)} {text.arrow}{' '}
                    {shownValue(r.changes.survey.to)}
                  </li>
                ) : null}
                {r.changes.vulnerability.map((v) => (
                  <li key={v.id}>
                    {text.vulnerability(vulnerabilityLabel(v.id))}: {text.present[v.from]} {text.arrow}{' '}
                    {text.present[v.to]}
                  </li>
                ))}
                {Object.values(r.changes.extensions)
                  .flat()
                  .map((c) => (
                    <li key={c.what}>
                      {c.what}: {showTruth(c.from)} {text.arrow} {showTruth(c.to)}
                    </li>
                  ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
