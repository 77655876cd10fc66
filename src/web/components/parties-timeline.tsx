// How many states an instrument bound over time, as a small picture drawn in this browser with
// Observable Plot (the same chart `continuum parties --svg` writes). Loaded on first use.
import { signal } from '@preact/signals';
import { instrumentShortName } from '../facts/labels.js';
import { t, tr } from '../i18n.js';

type Model = typeof import('../pages/parties-model.js');
const model = signal<Model | null>(null);
const chosen = signal('un-trafficking-protocol');
let requested = false;

function load(): void {
  if (requested) return;
  requested = true;
  void import('../pages/parties-model.js').then((module) => {
    model.value = module;
  });
}

export function PartiesTimeline() {
  load();
  const m = model.value;
  if (!m) return <p>{t('web.parties.loading')}</p>;
  const list = m.findParticipationList(chosen.value) ?? m.participationLists[0];
  const through = m.recordedThrough(list);
  // The chart is one image, labelled on its box: the names Plot gives its groups (aria-label on a
  // <g>, which has no role to carry one) are dropped, as axe-core requires.
  const svg = m
    .timelineSvg(list, through, document, t('web.parties.axis'), tr.value.lang)
    .replace(/(<g\b[^>]*?) aria-label="[^"]*"/g, '$1');
  const parties = list.rows.length;
  return (
    <section class="panel" aria-labelledby="parties-timeline">
      <h2 id="parties-timeline">{t('web.parties.heading')}</h2>
      <label>
        {t('web.parties.instrument')}{' '}
        <select
          value={list.id}
          onChange={(event) => (chosen.value = (event.target as HTMLSelectElement).value)}
        >
          {m.participationLists.map((l) => (
            <option key={l.id} value={l.id}>
              {instrumentShortName(l.id, l.short)}
            </option>
          ))}
        </select>
      </label>
      <div
        class="svg"
        role="img"
        aria-label={t('web.parties.chart', { name: instrumentShortName(list.id, list.short) })}
      >
        <div aria-hidden="true" dangerouslySetInnerHTML={{ __html: svg }} />
      </div>
      <p class="note">
        {t('web.parties.recorded', { count: parties })} <span translate={false}>{list.source.name}</span>.{' '}
        {list.checkedThrough
          ? t('web.parties.checked', { date: tr.value.date(list.checkedThrough) })
          : t('web.parties.notChecked')}
      </p>
    </section>
  );
}
