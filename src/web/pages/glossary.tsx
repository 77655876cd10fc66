// The glossary: what the verdicts, the certainty tags, the Delphi dimensions and the bands mean,
// in plain words. The bands and dimensions come from the continuum module (loaded on first use).
import { signal } from '@preact/signals';
import { Verdict } from '../components/verdict.js';
import { verdictMeanings } from '../facts/labels.js';

const text = {
  title: 'Glossary',
  lede: 'The words Continuum uses for its results, and what they mean.',
  verdicts: 'Verdicts',
  verdictsIntro:
    'Each legal definition is read element by element on the facts given. An unknown fact is never taken as a no.',
  certainty: 'How sure the reading is',
  certaintyIntro: 'Each citation carries a tag saying how Continuum’s reading of the source was checked:',
  tags: [
    ['[V]', 'verified against the text of the instrument itself.'],
    [
      '[S]',
      'taken from a reliable secondary source (a commentary, an official guide), not checked against the original.',
    ],
    ['[M]', 'from memory, not seen in a source: treat it with care and check it before relying on it.'],
  ],
  questions: 'Questions that would settle it',
  questionsText:
    'For an undetermined verdict, the unknown facts that, once answered, would decide it on their own — and which answer gives which verdict.',
  decided: 'Decided by',
  decidedText:
    'The elements of the definition that gave the verdict: for a met verdict, the alternative that is fulfilled; for a not-met one, the element shown to be absent or the exception that rules it out; for an undetermined one, the elements still open.',
  openWhy: 'Open because facts are missing, or because the law is contested',
  openWhyText:
    'An undetermined verdict says which. Facts missing: recording them could settle it, and the questions that would are listed. The law contested: the facts needed are there, but courts read the definition differently on them — for example whether control over a person alone, without a power of ownership, is slavery — so no fact would settle it.',
  reading: 'Two ways of reading the facts',
  readingText:
    'As an investigator (the default), a fact not recorded stays unknown: nothing is ruled out for want of an answer. Decided on the facts as found, as a court would, every fact not recorded counts as not established, so a definition is met only where its elements are shown; no question is left to ask, and a verdict stays open only where the law itself is contested. The switch is on the Assess page, and the report says which reading produced its verdicts.',
  delphi: 'Delphi indicators and dimensions',
  delphiIntro:
    'The ILO and European Commission’s operational indicators of trafficking in human beings (a Delphi survey of experts, 2009) sort observable signs into six dimensions, each sign graded strong, medium or weak. A dimension is positive when enough of its signs are present (for example two strong ones, or one strong and one medium or weak).',
  bands: 'Bands on the continuum',
  bandsIntro:
    'A position on a scale from decent work to slavery. Each band is defined by a rule, and a case is in the most severe band whose rule is met; when facts are missing the band is a range, from the band certainly reached to the most severe one still possible.',
  vulnerability: 'Structural vulnerability',
  vulnerabilityText:
    'Dependence made by the state’s own rules — no right to work, a visa tied to one employer, a risk of removal if the person reports — which gives threats their force.',
  loading: 'Loading…',
};

type ContinuumModule = typeof import('../../continuum/index.js');
const continuum = signal<ContinuumModule | null>(null);
let requested = false;

export function GlossaryPage() {
  if (!requested) {
    requested = true;
    void import('../../continuum/index.js').then((module) => {
      continuum.value = module;
    });
  }
  const module = continuum.value;
  return (
    <div class="glossary">
      <h1>{text.title}</h1>
      <p class="lede">{text.lede}</p>
      <section aria-labelledby="g-verdicts">
        <h2 id="g-verdicts">{text.verdicts}</h2>
        <p>{text.verdictsIntro}</p>
        <dl>
          {['met', 'not_met', 'undetermined', 'not_applicable'].map((value) => (
            <div key={value}>
              <dt>
                <Verdict value={value} />
              </dt>
              <dd>{verdictMeanings[value]}</dd>
            </div>
          ))}
        </dl>
        <h3>{text.decided}</h3>
        <p>{text.decidedText}</p>
        <h3>{text.questions}</h3>
        <p>{text.questionsText}</p>
        <h3>{text.openWhy}</h3>
        <p>{text.openWhyText}</p>
        <h3>{text.reading}</h3>
        <p>{text.readingText}</p>
      </section>
      <section aria-labelledby="g-certainty">
        <h2 id="g-certainty">{text.certainty}</h2>
        <p>{text.certaintyIntro}</p>
        <dl>
          {text.tags.map(([tag, meaning]) => (
            <div key={tag}>
              <dt>{tag}</dt>
              <dd>{meaning}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="g-delphi">
        <h2 id="g-delphi">{text.delphi}</h2>
        <p>{text.delphiIntro}</p>
        {module ? (
          <dl>
            {module.dimensions.map((d) => (
              <div key={d.id}>
                <dt>{d.id}</dt>
                <dd>{d.name}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p>{text.loading}</p>
        )}
      </section>
      <section aria-labelledby="g-bands">
        <h2 id="g-bands">{text.bands}</h2>
        <p>{text.bandsIntro}</p>
        {module ? (
          <dl>
            {module.bands.map((band) => (
              <div key={band.id}>
                <dt>{band.label}</dt>
                <dd>{band.definition}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        <h3>{text.vulnerability}</h3>
        <p>{text.vulnerabilityText}</p>
      </section>
    </div>
  );
}
