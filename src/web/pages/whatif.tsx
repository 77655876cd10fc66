// What if: the same facts under a different status — a right to work, an untied visa, a regular
// status, citizenship, safe reporting — side by side with the case as recorded, and for each
// scenario what it changes in the facts (and why) and what that changes in the verdicts, the band
// and the protection regimes. The continuum module is loaded on first use.
import { computed, signal } from '@preact/signals';
import { type ComponentChildren, Fragment } from 'preact';
import { TableBox } from '../components/table-box.js';
import { Verdict } from '../components/verdict.js';
import { answerFor } from '../facts/answers.js';
import { answerLabel, instrumentShortName, questionText, valueLabel, verdictWords } from '../facts/labels.js';
import { lang, t, tr } from '../i18n.js';
import { facts } from '../state/case.js';

const arrow = '→';
const bandRange = (low: string, high: string) =>
  low === high ? low : t('web.whatif.bandRange', { low, high });
const presentWord = (present: string) =>
  present === 'met'
    ? t('web.whatif.present.met')
    : present === 'not_met'
      ? t('web.whatif.present.not_met')
      : t('web.whatif.present.undetermined');

type ContinuumModule = typeof import('../../continuum/index.js');
const loaded = signal<ContinuumModule | null>(null);
let requested = false;
const chosen = signal<Set<string> | null>(null);

const results = computed(() => {
  const module = loaded.value;
  if (!module) return null;
  return module.scenarios.map((scenario) =>
    module.whatIf(facts.value, scenario, { extensions: [module.pathwaysExtension], lang: lang.value }),
  );
});

const shownValue = (value: unknown) =>
  value === null || value === undefined ? t('web.whatif.unknown') : answerLabel(value);
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
  if (!module || !all) return <p>{t('web.whatif.loading')}</p>;
  const shown = all.filter((r) => chosen.value?.has(r.scenario.id) ?? true);
  const base = all[0]?.before;
  const bandLabel = (id: string) => {
    const band = module.bandIds.find((known) => known === id);
    return band ? module.bandLabel(band, lang.value) : valueLabel(id);
  };
  const vulnerabilityLabel = (id: string) =>
    tr.value.dynamic(
      `continuum.vulnerability.${id}.label`,
      undefined,
      module.vulnerabilityFactors.find((f) => f.id === id)?.label ?? valueLabel(id),
    );
  const cell = (changed: boolean, content: ComponentChildren) => (
    <td class={changed ? 'changed' : undefined}>
      {content}
      {changed ? <span class="changed-tag">{t('web.whatif.changed')}</span> : null}
    </td>
  );
  return (
    <div class="whatif">
      <h1>{t('web.whatif.title')}</h1>
      <p class="lede">
        {t('web.whatif.lede.before')}
        <a href="#/assess">{t('web.whatif.lede.assess')}</a>
        {t('web.whatif.lede.after')}
      </p>
      <fieldset class="scenario-choice">
        <legend>{t('web.whatif.choose')}</legend>
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

      <h2>{t('web.whatif.sideBySide')}</h2>
      <TableBox label={t('web.whatif.sideBySide')}>
        <table class="whatif-table">
          <thead>
            <tr>
              <th scope="col">{t('web.whatif.row')}</th>
              <th scope="col">{t('web.whatif.asRecorded')}</th>
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
                <th scope="row">{t('web.whatif.band')}</th>
                <td>{bandRange(bandLabel(base.band.lowest), bandLabel(base.band.highest))}</td>
                {shown.map((r) => (
                  <Fragment key={r.scenario.id}>
                    {cell(
                      r.changes.band !== null,
                      bandRange(bandLabel(r.after.band.lowest), bandLabel(r.after.band.highest)),
                    )}
                  </Fragment>
                ))}
              </tr>
            ) : null}
            {base ? (
              <tr>
                <th scope="row">{t('web.whatif.delphi')}</th>
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
            <h3>{t('web.whatif.changes')}</h3>
            {r.patch.length === 0 ? (
              <p>{t('web.whatif.noFactChange')}</p>
            ) : (
              <ul class="patch">
                {r.patch.map((entry) => (
                  <li key={entry.path}>
                    {questionText(entry.path)}{' '}
                    <strong>
                      {entry.from === null ? t('web.whatif.unknown') : answerFor(entry.path, entry.from)}{' '}
                      {arrow} {entry.to === null ? t('web.whatif.unknown') : answerFor(entry.path, entry.to)}
                    </strong>
                    <br />
                    <span class="note">{t('web.whatif.because', { reason: entry.reason })}</span>
                  </li>
                ))}
              </ul>
            )}
            <h3>{t('web.whatif.results')}</h3>
            {r.unchanged ? (
              <p>{t('web.whatif.nothing')}</p>
            ) : (
              <ul class="changes">
                {r.changes.instruments.map((c) => (
                  <li key={c.id}>
                    {instrumentShortName(c.id, c.title)}: <Verdict value={c.from} small /> {arrow}{' '}
                    <Verdict value={c.to} small />
                  </li>
                ))}
                {r.changes.band ? (
                  <li>
                    {t('web.whatif.band')}:{' '}
                    {bandRange(bandLabel(r.changes.band.from.lowest), bandLabel(r.changes.band.from.highest))}{' '}
                    {arrow}{' '}
                    {bandRange(bandLabel(r.changes.band.to.lowest), bandLabel(r.changes.band.to.highest))}
                  </li>
                ) : null}
                {r.changes.dimensions.map((d) => {
                  const dimension = module.dimensions.find((x) => x.id === d.id);
                  return d.from.positive !== d.to.positive ? (
                    <li key={d.id}>
                      {t('web.whatif.dimension', {
                        id: d.id,
                        name: tr.value.dynamic(
                          `continuum.dimension.${d.id}`,
                          undefined,
                          dimension?.name ?? '',
                        ),
                      })}
                      : {showTruth(d.from.positive)} {arrow} {showTruth(d.to.positive)}
                    </li>
                  ) : null;
                })}
                {r.changes.survey ? (
                  <li>
                    {t('web.whatif.survey')}: {shownValue(r.changes.survey.from)} {arrow}{' '}
                    {shownValue(r.changes.survey.to)}
                  </li>
                ) : null}
                {r.changes.vulnerability.map((v) => (
                  <li key={v.id}>
                    {t('web.whatif.vulnerability', { label: vulnerabilityLabel(v.id) })}:{' '}
                    {presentWord(v.from)} {arrow} {presentWord(v.to)}
                  </li>
                ))}
                {Object.values(r.changes.extensions)
                  .flat()
                  .map((c) => (
                    <li key={c.what}>
                      {c.what}: {showTruth(c.from)} {arrow} {showTruth(c.to)}
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
