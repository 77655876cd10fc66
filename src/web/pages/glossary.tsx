// The glossary: what the verdicts, the certainty tags, the Delphi dimensions and the bands mean,
// in plain words. The bands and dimensions come from the continuum module (loaded on first use).
import { signal } from '@preact/signals';
import { Verdict } from '../components/verdict.js';
import { verdictMeanings } from '../facts/labels.js';
import { lang, t, tr } from '../i18n.js';

/** The certainty tags, as the citations print them (not translated), with what each means. */
const tags = () =>
  [
    ['[V]', t('web.glossary.tag.V')],
    ['[S]', t('web.glossary.tag.S')],
    ['[M]', t('web.glossary.tag.M')],
  ] as const;

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
      <h1>{t('web.glossary.title')}</h1>
      <p class="lede">{t('web.glossary.lede')}</p>
      <section aria-labelledby="g-verdicts">
        <h2 id="g-verdicts">{t('web.glossary.verdicts')}</h2>
        <p>{t('web.glossary.verdictsIntro')}</p>
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
        <h3>{t('web.glossary.decided')}</h3>
        <p>{t('web.glossary.decidedText')}</p>
        <h3>{t('web.glossary.questions')}</h3>
        <p>{t('web.glossary.questionsText')}</p>
        <h3>{t('web.glossary.openWhy')}</h3>
        <p>{t('web.glossary.openWhyText')}</p>
        <h3>{t('web.glossary.reading')}</h3>
        <p>{t('web.glossary.readingText')}</p>
      </section>
      <section aria-labelledby="g-certainty">
        <h2 id="g-certainty">{t('web.glossary.certainty')}</h2>
        <p>{t('web.glossary.certaintyIntro')}</p>
        <dl>
          {tags().map(([tag, meaning]) => (
            <div key={tag}>
              <dt>{tag}</dt>
              <dd>{meaning}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="g-delphi">
        <h2 id="g-delphi">{t('web.glossary.delphi')}</h2>
        <p>{t('web.glossary.delphiIntro')}</p>
        {module ? (
          <dl>
            {module.dimensions.map((d) => (
              <div key={d.id}>
                <dt>{d.id}</dt>
                <dd>{tr.value.dynamic(`continuum.dimension.${d.id}`, undefined, d.name)}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p>{t('web.glossary.loading')}</p>
        )}
      </section>
      <section aria-labelledby="g-bands">
        <h2 id="g-bands">{t('web.glossary.bands')}</h2>
        <p>{t('web.glossary.bandsIntro')}</p>
        {module ? (
          <dl>
            {module.bands.map((band) => (
              <div key={band.id}>
                <dt>{module.bandLabel(band.id, lang.value)}</dt>
                <dd>{module.bandDefinition(band.id, lang.value)}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        <h3>{t('web.glossary.vulnerability')}</h3>
        <p>{t('web.glossary.vulnerabilityText')}</p>
      </section>
    </div>
  );
}
