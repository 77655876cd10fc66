// The Continuum view: the case's place on the continuum of exploitation — its band (with what
// placed it there and what would move it), the Delphi indicator profile, and structural
// vulnerability. The continuum module is loaded when the page is first opened.
import { computed, signal } from '@preact/signals';
import { questionFor } from '../../facts/questions.js';
import { focusQuestion } from '../components/focus.js';
import { Verdict } from '../components/verdict.js';
import { answerLabel } from '../facts/labels.js';
import { facts } from '../state/case.js';

type ContinuumModule = typeof import('../../continuum/index.js');
const loaded = signal<ContinuumModule | null>(null);
let requested = false;

function load(): void {
  if (requested) return;
  requested = true;
  void import('../../continuum/index.js').then((module) => {
    loaded.value = module;
  });
}

const report = computed(() => loaded.value?.continuumReport(facts.value) ?? null);
const picture = computed(() => {
  const module = loaded.value;
  const current = report.value;
  return module && current ? module.continuumSvg(current.profile, current.band) : '';
});

const bandLabel = (module: ContinuumModule, id: string) => module.bands.find((b) => b.id === id)?.label ?? id;

export function ContinuumPage() {
  load();
  const module = loaded.value;
  const current = report.value;
  if (!module || !current) return <p>Loading the continuum…</p>;
  const { band, profile } = current;
  const range =
    band.lowest === band.highest
      ? bandLabel(module, band.lowest)
      : `between ${bandLabel(module, band.lowest)} and ${bandLabel(module, band.highest)}`;
  return (
    <div class="continuum">
      <h1>The case on the continuum</h1>
      <p class="lede">
        From decent work to slavery, the same facts seen as degrees rather than one legal line. Computed in
        this browser from the answers on the <a href="#/assess">Assess</a> page.
      </p>
      <section aria-labelledby="band-heading" class="panel">
        <h2 id="band-heading">Band: {range}</h2>
        {band.placedBy.length > 0 ? (
          <>
            <h3>What places it there</h3>
            <ul>
              {band.placedBy.map((reading) => (
                <li key={reading.path}>
                  {questionFor(reading.path)} <strong>{answerLabel(reading.value)}</strong>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {band.up.length > 0 ? (
          <>
            <h3>What would move it up</h3>
            <ul>
              {band.up.slice(0, 8).map((move) => (
                <li key={`${move.path}-${String(move.to)}`}>
                  <button type="button" class="link" onClick={() => focusQuestion(move.path)}>
                    {move.question}
                  </button>{' '}
                  {answerLabel(move.from)} → <strong>{answerLabel(move.to)}</strong>:{' '}
                  {bandLabel(module, move.band.lowest)}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {band.down.length > 0 ? (
          <>
            <h3>What would move it down</h3>
            <ul>
              {band.down.slice(0, 8).map((move) => (
                <li key={`${move.path}-${String(move.to)}`}>
                  <button type="button" class="link" onClick={() => focusQuestion(move.path)}>
                    {move.question}
                  </button>{' '}
                  {answerLabel(move.from)} → <strong>{answerLabel(move.to)}</strong>:{' '}
                  {bandLabel(module, move.band.highest)}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="profile-heading" class="panel">
        <h2 id="profile-heading">Indicator profile (ILO–EC Delphi indicators)</h2>
        <p>
          Trafficking on the Delphi indicators: <Verdict value={profile.delphiTrafficking} />
        </p>
        {/* The picture is built by the continuum module from escaped text only; it repeats the table below. */}
        <div
          class="svg"
          role="img"
          aria-label="Indicator profile and band scale; the same data is in the table below"
        >
          <div dangerouslySetInnerHTML={{ __html: picture.value }} />
        </div>
        <table>
          <caption class="sr-only">Indicators observed per dimension</caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col">Strong</th>
              <th scope="col">Medium</th>
              <th scope="col">Weak</th>
              <th scope="col">Dimension positive?</th>
            </tr>
          </thead>
          <tbody>
            {profile.dimensions.map((d) => (
              <tr key={d.id}>
                <td>
                  {d.id} {d.name}
                </td>
                <td>{d.strong}</td>
                <td>{d.medium}</td>
                <td>{d.weak}</td>
                <td>
                  <Verdict value={d.positive} small />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {profile.notes.map((note) => (
          <p key={note} class="note">
            {note}
          </p>
        ))}
      </section>

      <section aria-labelledby="vulnerability-heading" class="panel">
        <h2 id="vulnerability-heading">Structural vulnerability</h2>
        <ul class="vulnerability">
          {current.vulnerability.map((v) => (
            <li key={v.id}>
              <span class={`verdict verdict-small verdict-${v.present}`}>
                {v.present === 'met' ? 'Present' : v.present === 'not_met' ? 'Absent' : 'Unknown'}
              </span>{' '}
              <strong>{v.label}</strong> — {v.mechanism}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
