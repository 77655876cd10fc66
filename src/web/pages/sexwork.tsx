// Sex work law: for each prostitution regime (Sweden, the Netherlands, Germany, New Zealand,
// England and Wales, and a prohibitionist one), who it criminalises — the seller, the buyer, third
// parties — and what it means for this person given their status: whether selling is an offence
// for them, whether they may lawfully do sex work, and the immigration consequence. The regime of
// the case's own country first. Loaded on first use.
import { computed, signal } from '@preact/signals';
import type { SexworkResult } from '../../pathways/sexwork/types.js';
import { TableBox } from '../components/table-box.js';
import { countryName } from '../facts/countries.js';
import { lang, t, tr } from '../i18n.js';
import { facts } from '../state/case.js';

/** A value's words in the app's language (the value itself where there are none). */
const words = (group: string, value: string) =>
  tr.value.dynamic(`web.sexwork.${group}.${value}`, undefined, value);

type Module = typeof import('../../pathways/sexwork/index.js');
const loaded = signal<Module | null>(null);
let requested = false;

const results = computed<SexworkResult[] | null>(() => {
  const module = loaded.value;
  if (!module) return null;
  const home = facts.value.jurisdiction ?? null;
  // The regime of the case's own country first, the others after in their usual order.
  const regimes = [...module.sexworkRegimes].sort(
    (a, b) => Number(b.country === home && home !== null) - Number(a.country === home && home !== null),
  );
  return regimes.map((regime) => module.assessSexwork(regime, facts.value, { lang: lang.value }));
});

function Party({ label, rule }: { label: string; rule: SexworkResult['parties']['seller'] }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{words('criminalised', rule.criminalised)}</td>
      <td>
        {rule.summary} <cite translate={false}>{rule.cite.article}</cite>
      </td>
    </tr>
  );
}

export function SexworkPage() {
  if (!requested) {
    requested = true;
    void import('../../pathways/sexwork/index.js').then((module) => {
      loaded.value = module;
    });
  }
  const list = results.value;
  if (!list) return <p>{t('web.sexwork.loading')}</p>;
  return (
    <div class="sexwork">
      <h1>{t('web.sexwork.title')}</h1>
      <p class="lede">
        {t('web.sexwork.lede.before')}
        <a href="#/assess">{t('web.sexwork.lede.assess')}</a>
        {t('web.sexwork.lede.after')}
      </p>
      {list.map((r) => (
        <section
          key={r.regime.id}
          class="panel"
          aria-labelledby={`sexwork-${r.regime.id}`}
          data-regime={r.regime.id}
        >
          <h2 id={`sexwork-${r.regime.id}`}>
            {r.regime.title}
            {r.regime.country ? ` — ${countryName(r.regime.country)}` : ''}
          </h2>
          <p class="note">
            {t('web.sexwork.model', {
              model: r.regime.model,
              date: tr.value.date(r.regime.from),
            })}
          </p>
          <h3>{t('web.sexwork.forThisPerson')}</h3>
          <dl class="outcome">
            <div>
              <dt>{t('web.sexwork.standing')}</dt>
              <dd>{words('status', r.status.class)}</dd>
            </div>
            <div>
              <dt>{t('web.sexwork.offence')}</dt>
              <dd>{words('criminal', r.person.criminal)}</dd>
            </div>
            <div>
              <dt>{t('web.sexwork.lawful')}</dt>
              <dd>{words('lawfulWords', r.person.lawful)}</dd>
            </div>
            <div>
              <dt>{t('web.sexwork.immigration')}</dt>
              <dd>{words('immigrationWords', r.person.immigration)}</dd>
            </div>
            {r.buyerOfThisPerson ? (
              <div>
                <dt>{t('web.sexwork.buyerOfThisPerson')}</dt>
                <dd>
                  {words('lawfulWords', r.buyerOfThisPerson.criminalised)} — {r.buyerOfThisPerson.reason}{' '}
                  <cite translate={false}>{r.buyerOfThisPerson.cite.article}</cite>
                </dd>
              </div>
            ) : null}
          </dl>
          <p>{r.person.summary}</p>
          <h3>{t('web.sexwork.who')}</h3>
          <TableBox label={t('web.sexwork.whoOf', { regime: r.regime.title })}>
            <table class="parties">
              <tbody>
                <Party label={t('web.sexwork.seller')} rule={r.parties.seller} />
                <Party label={t('web.sexwork.buyer')} rule={r.parties.buyer} />
                <Party label={t('web.sexwork.thirdParty')} rule={r.parties.thirdParty} />
              </tbody>
            </table>
          </TableBox>
          {r.notes.map((note) => (
            <p key={note} class="note">
              {note}
            </p>
          ))}
        </section>
      ))}
    </div>
  );
}
