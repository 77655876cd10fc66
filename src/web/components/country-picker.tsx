// Country questions: a text box that searches the ISO 3166 list by name (a native list of
// suggestions, so it works with the keyboard and screen readers as any text box does). The case
// holds the code; the person reads and types the name. Citizenships are a list of such names.
import { useSignal } from '@preact/signals';
import {
  type Country,
  countries,
  countryName,
  countryOption,
  parseCountry,
  suggestCountries,
} from '../facts/countries.js';
import { t, tr } from '../i18n.js';
import { answer } from '../state/case.js';
import { controlId, questionId } from './focus.js';

/** What is said of text that names no country, with the countries probably meant. */
function notRecognised(typed: string): string {
  const meant = suggestCountries(typed).map((code) => countryOption({ code, name: countryName(code) }));
  return meant.length > 0
    ? t('web.country.didYouMean', { names: tr.value.list(meant, 'disjunction') })
    : t('web.country.notRecognised');
}

/** The one list of suggestions every country box shares. */
export const COUNTRY_LIST_ID = 'country-names';

export function CountryList() {
  return (
    <datalist id={COUNTRY_LIST_ID}>
      {countries().map((country: Country) => (
        <option key={country.code} value={countryOption(country)} />
      ))}
    </datalist>
  );
}

export function CountryField({ path, question, value }: { path: string; question: string; value: unknown }) {
  const shown = typeof value === 'string' ? countryOption({ code: value, name: countryName(value) }) : '';
  const draft = useSignal<string | null>(null);
  const invalid = useSignal(false);
  const hintId = `h-${path}`;
  return (
    <div class="q q-text q-country" id={questionId(path)}>
      <label for={controlId(path)}>{question}</label>
      <input
        id={controlId(path)}
        type="text"
        list={COUNTRY_LIST_ID}
        autoComplete="off"
        value={draft.value ?? shown}
        aria-invalid={invalid.value}
        aria-describedby={hintId}
        onInput={(event) => {
          const raw = event.currentTarget.value;
          const code = raw.trim() === '' ? undefined : parseCountry(raw);
          if (code === null) {
            draft.value = raw;
            return;
          }
          draft.value = null;
          invalid.value = false;
          answer(path, code);
        }}
        // Only once the person leaves the box is a half-typed name called wrong.
        onBlur={() => {
          invalid.value = draft.value !== null;
        }}
      />
      <p class={invalid.value ? 'hint hint-invalid' : 'hint'} id={hintId}>
        {invalid.value ? notRecognised(draft.value ?? '') : t('web.country.hint')}
      </p>
    </div>
  );
}

export function CountriesField({
  path,
  question,
  value,
}: {
  path: string;
  question: string;
  value: unknown;
}) {
  const codes = Array.isArray(value) ? (value as string[]) : [];
  const typed = useSignal('');
  const invalid = useSignal(false);
  const hintId = `h-${path}`;
  const add = () => {
    const code = parseCountry(typed.value);
    if (code === null) {
      invalid.value = typed.value.trim() !== '';
      return;
    }
    if (!codes.includes(code)) answer(path, [...codes, code]);
    typed.value = '';
    invalid.value = false;
  };
  return (
    <fieldset class="q q-countries" id={questionId(path)}>
      <legend>{question}</legend>
      {codes.length > 0 ? (
        <ul class="country-chips" aria-label={t('web.country.listLabel')}>
          {codes.map((code) => (
            <li key={code}>
              {countryName(code)}{' '}
              <button
                type="button"
                class="chip-remove"
                aria-label={t('web.country.remove', { name: countryName(code) })}
                onClick={() => {
                  const rest = codes.filter((c) => c !== code);
                  answer(path, rest.length > 0 ? rest : undefined);
                }}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="hint">{t('web.country.none')}</p>
      )}
      <div class="country-add">
        <input
          id={controlId(path)}
          type="text"
          list={COUNTRY_LIST_ID}
          autoComplete="off"
          aria-label={question}
          aria-describedby={hintId}
          aria-invalid={invalid.value}
          value={typed.value}
          onInput={(event) => {
            typed.value = event.currentTarget.value;
            invalid.value = false;
            // Choosing a suggestion from the list adds it at once; typing waits for Add or Enter.
            if ((event as InputEvent).inputType === 'insertReplacementText' || !(event instanceof InputEvent))
              if (parseCountry(typed.value) !== null) add();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add}>
          {t('web.country.add')}
        </button>
      </div>
      <p class={invalid.value ? 'hint hint-invalid' : 'hint'} id={hintId}>
        {invalid.value ? notRecognised(typed.value) : t('web.country.addHint')}
      </p>
    </fieldset>
  );
}
