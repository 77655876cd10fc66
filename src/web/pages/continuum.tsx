// The Continuum view: the case's place on the continuum of exploitation — its band (with what
// placed it there and what would move it), the Delphi indicator profile, and structural
// vulnerability. The continuum module is loaded when the page is first opened.
import { computed, signal } from '@preact/signals';
import { focusQuestion } from '../components/focus.js';
import { TableBox } from '../components/table-box.js';
import { Verdict } from '../components/verdict.js';
import { answerFor } from '../facts/answers.js';
import { questionText } from '../facts/labels.js';
import { lang, t } from '../i18n.js';
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

const report = computed(() => loaded.value?.continuumReport(facts.value, lang.value) ?? null);
const picture = computed(() => {
  const module = loaded.value;
  const current = report.value;
  return module && current ? module.continuumSvg(current.profile, current.band) : '';
});

const presentWord = (present: string) =>
  present === 'met'
    ? t('web.continuum.present.met')
    : present === 'not_met'
      ? t('web.continuum.present.not_met')
      : t('web.continuum.present.undetermined');

/** A band's name in the app's language. */
function bandLabel(module: ContinuumModule, id: string): string {
  const band = module.bandIds.find((known) => known === id);
  return band ? module.bandLabel(band, lang.value) : id;
}

export function ContinuumPage() {
  load();
  const module = loaded.value;
  const current = report.value;
  if (!module || !current) return <p>{t('web.continuum.loading')}</p>;
  const { band, profile } = current;
  const range =
    band.lowest === band.highest
      ? bandLabel(module, band.lowest)
      : t('web.continuum.between', {
          low: bandLabel(module, band.lowest),
          high: bandLabel(module, band.highest),
        });
  return (
    <div class="continuum">
      <h1>{t('web.continuum.title')}</h1>
      <p class="lede">
        {t('web.continuum.lede.before')}
        <a href="#/assess">{t('web.continuum.lede.assess')}</a>
        {t('web.continuum.lede.middle')}
        <a href="#/glossary">{t('web.continuum.lede.glossary')}</a>
        {t('web.continuum.lede.after')}
      </p>
      <section aria-labelledby="band-heading" class="panel">
        <h2 id="band-heading">{t('web.continuum.band', { range })}</h2>
        {band.placedBy.length > 0 ? (
          <>
            <h3>{t('web.continuum.placedBy')}</h3>
            <ul>
              {band.placedBy.map((reading) => (
                <li key={reading.path}>
                  {questionText(reading.path)} <strong>{answerFor(reading.path, reading.value)}</strong>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {band.up.length > 0 ? (
          <>
            <h3>{t('web.continuum.up')}</h3>
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
            <h3>{t('web.continuum.down')}</h3>
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
        <h2 id="profile-heading">{t('web.continuum.profile')}</h2>
        <p>
          {t('web.continuum.delphi')} <Verdict value={profile.delphiTrafficking} />
        </p>
        {/* The picture is built by the continuum module from escaped text only; it repeats the table below. */}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls on a phone, and the keyboard must reach it */}
        <div class="chart-box" role="img" aria-label={t('web.continuum.picture')} tabIndex={0}>
          <div dangerouslySetInnerHTML={{ __html: picture.value }} />
        </div>
        <TableBox label={t('web.continuum.caption')}>
          <table>
            <caption class="sr-only">{t('web.continuum.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('web.continuum.dimension')}</th>
                <th scope="col">{t('web.continuum.strong')}</th>
                <th scope="col">{t('web.continuum.medium')}</th>
                <th scope="col">{t('web.continuum.weak')}</th>
                <th scope="col">{t('web.continuum.positive')}</th>
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
        <h2 id="vulnerability-heading">{t('web.continuum.vulnerability')}</h2>
        <ul class="vulnerability">
          {current.vulnerability.map((v) => (
            <li key={v.id}>
              <span class={`verdict verdict-small verdict-${v.present}`}>{presentWord(v.present)}</span>{' '}
              <strong>{v.label}</strong> — {v.mechanism}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
