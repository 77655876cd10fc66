// Sex work law: for each prostitution regime (Sweden, the Netherlands, Germany, New Zealand,
// England and Wales, and a prohibitionist one), who it criminalises — the seller, the buyer, third
// parties — and what it means for this person given their status: whether selling is an offence
// for them, whether they may lawfully do sex work, and the immigration consequence. The regime of
// the case's own country first. Loaded on first use.
import { computed, signal } from '@preact/signals';
import type { SexworkResult } from '../../pathways/sexwork/types.js';
import { TableBox } from '../components/table-box.js';
import { countryName } from '../facts/countries.js';
import { valueLabel } from '../facts/labels.js';
import { facts } from '../state/case.js';

const text = {
  title: 'Sex work law for this person',
  lede: [
    'What each prostitution regime would mean for the person on the ',
    'Assess',
    ' page: who it makes a criminal, and what follows for them given their immigration status (the status recorded is read as if held in that country).',
  ],
  loading: 'Loading the regimes…',
  model: 'Model',
  from: (date: string) => `in force from ${date}`,
  who: 'Who is criminalised',
  seller: 'The person selling',
  buyer: 'The buyer',
  thirdParty: 'Third parties (brothels, pimping)',
  forThisPerson: 'For this person',
  standing: 'Read as',
  offence: 'Is selling an offence for them?',
  lawful: 'May they lawfully do sex work?',
  immigration: 'Immigration consequence',
  buyerOfThisPerson: 'Would a buyer of this person commit an offence?',
  criminalised: { yes: 'yes', no: 'no', partly: 'partly' } as Record<string, string>,
  criminal: {
    none: 'no',
    offence: 'yes',
    possible_offence: 'possibly',
    undetermined: 'cannot tell from the facts',
  } as Record<string, string>,
  immigrationWords: {
    none: 'none',
    deportation_liability: 'liable to deportation',
    removal_risk: 'at risk of removal',
    refusal_of_entry: 'may be refused entry',
    undetermined: 'cannot tell from the facts',
  } as Record<string, string>,
  lawfulWords: { yes: 'yes', no: 'no', undetermined: 'cannot tell from the facts' } as Record<string, string>,
  status: {
    child: 'a child',
    national: 'a national',
    free_movement: 'a person with free movement rights',
    resident: 'a resident without limits on work',
    temporary: 'a temporary visa holder',
    irregular: 'a person without a regular status',
    unknown: 'status not known',
  } as Record<string, string>,
  country: (code: string) => countryName(code),
};

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
  return regimes.map((regime) => module.assessSexwork(regime, facts.value));
});

function Party({ label, rule }: { label: string; rule: SexworkResult['parties']['seller'] }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{text.criminalised[rule.criminalised] ?? rule.criminalised}</td>
      <td>
        {rule.summary} <cite>{rule.cite.article}</cite>
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
  if (!list) return <p>{text.loading}</p>;
  return (
    <div class="sexwork">
      <h1>{text.title}</h1>
      <p class="lede">
        {text.lede[0]}
        <a href="#/assess">{text.lede[1]}</a>
        {text.lede[2]}
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
            {r.regime.country ? ` — ${text.country(r.regime.country)}` : ''}
          </h2>
          <p class="note">
            {text.model}: {valueLabel(r.regime.model)}; {text.from(r.regime.from)}.
          </p>
          <h3>{text.forThisPerson}</h3>
          <dl class="outcome">
            <div>
              <dt>{text.standing}</dt>
              <dd>{text.status[r.status.class] ?? r.status.class}</dd>
            </div>
            <div>
              <dt>{text.offence}</dt>
              <dd>{text.criminal[r.person.criminal]}</dd>
            </div>
            <div>
              <dt>{text.lawful}</dt>
              <dd>{text.lawfulWords[r.person.lawful]}</dd>
            </div>
            <div>
              <dt>{text.immigration}</dt>
              <dd>{text.immigrationWords[r.person.immigration]}</dd>
            </div>
            {r.buyerOfThisPerson ? (
              <div>
                <dt>{text.buyerOfThisPerson}</dt>
                <dd>
                  {text.lawfulWords[r.buyerOfThisPerson.criminalised]} — {r.buyerOfThisPerson.reason}{' '}
                  <cite>{r.buyerOfThisPerson.cite.article}</cite>
                </dd>
              </div>
            ) : null}
          </dl>
          <p>{r.person.summary}</p>
          <h3>{text.who}</h3>
          <TableBox label={`${text.who}: ${r.regime.title}`}>
            <table class="parties">
              <tbody>
                <Party label={text.seller} rule={r.parties.seller} />
                <Party label={text.buyer} rule={r.parties.buyer} />
                <Party label={text.thirdParty} rule={r.parties.thirdParty} />
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
