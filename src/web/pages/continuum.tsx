// The Continuum view: the case's place on the continuum of exploitation — its band (with what
// placed it there and what would move it), the Delphi indicator profile, and structural
// vulnerability. The continuum module is loaded when the page is first opened.
import { computed, signal } from '@preact/signals';
import { questionFor } from '../../facts/questions.js';
import { focusQuestion } from '../components/focus.js';
import { TableBox } from '../components/table-box.js';
import { Verdict } from '../components/verdict.js';
import { answerFor } from '../facts/answers.js';
import { facts } from '../state/case.js';

const text = {
  loading: 'Loading the continuum…',
  title: 'The case on the continuum',
  lede: [
    'From decent work to slavery, the same facts seen as degrees rather than one legal line. Computed in this browser from the answers on the ',
    'Assess',
    ' page. The ',
    'glossary',
    ' says what the bands and dimensions mean.',
  ],
  band: (range: string) => `Band: ${range}`,
  between: (low: string, high: string) => `between ${low} and ${high}`,
  placedBy: 'What places it there',
  up: 'What would move it up',
  down: 'What would move it down',
  profile: 'Indicator profile (ILO–EC Delphi indicators)',
  delphi: 'Trafficking on the Delphi indicators:',
  picture: 'Indicator profile and band scale; the same data is in the table below',
  caption: 'Indicators observed per dimension',
  dimension: 'Dimension',
  strong: 'Strong',
  medium: 'Medium',
  weak: 'Weak',
  positive: 'Dimension positive?',
  vulnerability: 'Structural vulnerability',
  present: { met: 'Present', not_met: 'Absent', undetermined: 'Unknown' } as Record<string, string>,
};

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
  if (!module || !current) return <p>{text.loading}</p>;
  const { band, profile } = current;
  const range =
    band.lowest === band.highest
      ? bandLabel(module, band.lowest)
      : text.between(bandLabel(module, band.lowest), bandLabel(module, band.highest));
  return (
    <div class="continuum">
      <h1>{text.title}</h1>
      <p class="lede">
        {text.lede[0]}
        <a href="#/assess">{text.lede[1]}</a>
        {text.lede[2]}
        <a href="#/glossary">{text.lede[3]}</a>
        {text.lede[4]}
      </p>
      <section aria-labelledby="band-heading" class="panel">
        <h2 id="band-heading">{text.band(range)}</h2>
        {band.placedBy.length > 0 ? (
          <>
            <h3>{text.placedBy}</h3>
            <ul>
              {band.placedBy.map((reading) => (
                <li key={reading.path}>
                  {questionFor(reading.path)} <strong>{answerFor(reading.path, reading.value)}</strong>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {band.up.length > 0 ? (
          <>
            <h3>{text.up}</h3>
            <ul>
              {band.up.slice(0, 8).map((move) => (
                <li key={`${move.path}-${String(move.to)}`}>
                  <button type="button" class="link" onClick={() => focusQuestion(move.path)}>
                    {move.question}
                  </button>{' '}
                  {answerFor(move.path, move.from)} → <strong>{answerFor(move.path, move.to)}</strong>:{' '}
                  {bandLabel(module, move.band.lowest)}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {band.down.length > 0 ? (
          <>
            <h3>{text.down}</h3>
            <ul>
              {band.down.slice(0, 8).map((move) => (
                <li key={`${move.path}-${String(move.to)}`}>
                  <button type="button" class="link" onClick={() => focusQuestion(move.path)}>
                    {move.question}
                  </button>{' '}
                  {answerFor(move.path, move.from)} → <strong>{answerFor(move.path, move.to)}</strong>:{' '}
                  {bandLabel(module, move.band.highest)}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="profile-heading" class="panel">
        <h2 id="profile-heading">{text.profile}</h2>
        <p>
          {text.delphi} <Verdict value={profile.delphiTrafficking} />
        </p>
        {/* The picture is built by the continuum module from escaped text only; it repeats the table below. */}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls on a phone, and the keyboard must reach it */}
        <div class="chart-box" role="img" aria-label={text.picture} tabIndex={0}>
          <div dangerouslySetInnerHTML={{ __html: picture.value }} />
        </div>
        <TableBox label={text.caption}>
          <table>
            <caption class="sr-only">{text.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{text.dimension}</th>
                <th scope="col">{text.strong}</th>
                <th scope="col">{text.medium}</th>
                <th scope="col">{text.weak}</th>
                <th scope="col">{text.positive}</th>
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
        </TableBox>
        {profile.notes.map((note) => (
          <p key={note} class="note">
            {note}
          </p>
        ))}
      </section>

      <section aria-labelledby="vulnerability-heading" class="panel">
        <h2 id="vulnerability-heading">{text.vulnerability}</h2>
        <ul class="vulnerability">
          {current.vulnerability.map((v) => (
            <li key={v.id}>
              <span class={`verdict verdict-small verdict-${v.present}`}>{text.present[v.present]}</span>{' '}
              <strong>{v.label}</strong> — {v.mechanism}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
