// One question of the form. Every answer can be taken back: "don't know" removes the fact.
import { useComputed, useSignal } from '@preact/signals';
import { getPath } from '../facts/edit.js';
import { type Field, fieldFor } from '../facts/fields.js';
import { valueLabel } from '../facts/labels.js';
import { t } from '../i18n.js';
import { answer, facts } from '../state/case.js';
import { CountriesField, CountryField } from './country-picker.js';
import { controlId, questionId } from './focus.js';

/** What a number box takes, in words. */
function numberHint(field: Extract<Field, { kind: 'number' }>): string {
  if (field.min !== undefined && field.max !== undefined) {
    const range = { min: field.min, max: field.max };
    return field.integer ? t('web.question.wholeNumberRange', range) : t('web.question.numberRange', range);
  }
  return field.integer ? t('web.question.wholeNumber') : t('web.question.number');
}

const fields = new Map<string, Field>();
function cachedField(path: string): Field {
  let field = fields.get(path);
  if (!field) {
    field = fieldFor(path);
    fields.set(path, field);
  }
  return field;
}

function Flag({ path, question, value }: { path: string; question: string; value: unknown }) {
  const options: Array<[string, boolean | undefined]> = [
    [t('web.question.yes'), true],
    [t('web.question.no'), false],
    [t('web.question.dontKnow'), undefined],
  ];
  return (
    <fieldset class="q q-flag" id={questionId(path)}>
      <legend>{question}</legend>
      <div class="options">
        {options.map(([label, option]) => (
          <label key={label} class="option">
            <input
              type="radio"
              name={path}
              checked={value === option}
              onChange={() => answer(path, option)}
            />{' '}
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Choice({
  path,
  question,
  value,
  options,
}: {
  path: string;
  question: string;
  value: unknown;
  options: readonly string[];
}) {
  return (
    <div class="q q-choice" id={questionId(path)}>
      <label for={controlId(path)}>{question}</label>
      <select
        id={controlId(path)}
        value={typeof value === 'string' ? value : ''}
        onChange={(event) => answer(path, event.currentTarget.value || undefined)}
      >
        <option value="">{t('web.question.dontKnow')}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {valueLabel(option)}
          </option>
        ))}
      </select>
    </div>
  );
}

function Choices({
  path,
  question,
  value,
  options,
}: {
  path: string;
  question: string;
  value: unknown;
  options: readonly string[];
}) {
  const chosen = Array.isArray(value) ? (value as string[]) : undefined;
  const toggle = (option: string, on: boolean) => {
    const next = new Set(chosen ?? []);
    if (on) next.add(option);
    else next.delete(option);
    // Nothing ticked any more is "don't know", not "none": "none" is its own box.
    answer(path, next.size === 0 ? undefined : options.filter((o) => next.has(o)));
  };
  return (
    <fieldset class="q q-choices" id={questionId(path)}>
      <legend>{question}</legend>
      <p class="hint">{t('web.question.tickAll')}</p>
      <div class="options options-grid">
        {options.map((option) => (
          <label key={option} class="option">
            <input
              type="checkbox"
              checked={chosen?.includes(option) ?? false}
              onChange={(event) => toggle(option, event.currentTarget.checked)}
            />{' '}
            {valueLabel(option)}
          </label>
        ))}
        <label class="option option-none">
          <input
            type="checkbox"
            checked={chosen !== undefined && chosen.length === 0}
            onChange={(event) => answer(path, event.currentTarget.checked ? [] : undefined)}
          />{' '}
          {t('web.question.none')}
        </label>
      </div>
    </fieldset>
  );
}

/** Free-text controls keep what is typed locally and set the fact only when the text is valid. */
function TextLike({
  path,
  question,
  value,
  field,
}: {
  path: string;
  question: string;
  value: unknown;
  field: Extract<Field, { kind: 'number' | 'date' | 'text' }>;
}) {
  const shown = value === undefined ? '' : Array.isArray(value) ? value.join(', ') : String(value);
  const draft = useSignal<string | null>(null);
  const text = draft.value ?? shown;
  const invalid = draft.value !== null && draft.value !== shown;

  const parse = (raw: string): { ok: true; value: unknown } | { ok: false } => {
    const trimmed = raw.trim();
    if (trimmed === '') return { ok: true, value: undefined };
    switch (field.kind) {
      case 'number': {
        const n = Number(trimmed);
        if (!Number.isFinite(n) || (field.integer && !Number.isInteger(n))) return { ok: false };
        if ((field.min !== undefined && n < field.min) || (field.max !== undefined && n > field.max))
          return { ok: false };
        return { ok: true, value: n };
      }
      case 'date':
        return /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? { ok: true, value: trimmed } : { ok: false };
      default:
        return { ok: true, value: trimmed };
    }
  };

  const onInput = (raw: string) => {
    const parsed = parse(raw);
    if (parsed.ok) {
      draft.value = null;
      answer(path, parsed.value);
    } else {
      draft.value = raw;
    }
  };

  const hint =
    field.kind === 'number' ? numberHint(field) : field.kind === 'date' ? t('web.question.dateHint') : '';
  const hintId = `h-${path}`;
  return (
    <div class="q q-text" id={questionId(path)}>
      <label for={controlId(path)}>{question}</label>
      <input
        id={controlId(path)}
        type={field.kind === 'number' ? 'number' : field.kind === 'date' ? 'date' : 'text'}
        inputMode={field.kind === 'number' ? (field.integer ? 'numeric' : 'decimal') : undefined}
        min={field.kind === 'number' ? field.min : undefined}
        max={field.kind === 'number' ? field.max : undefined}
        step={field.kind === 'number' ? (field.integer ? 1 : 'any') : undefined}
        autoComplete="off"
        value={text}
        aria-invalid={invalid}
        aria-describedby={hint ? hintId : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {hint ? (
        <p class={invalid ? 'hint hint-invalid' : 'hint'} id={hintId}>
          {invalid ? t('web.question.notRecognised', { hint }) : hint}
        </p>
      ) : null}
    </div>
  );
}

export function Question({ path, question }: { path: string; question: string }) {
  const field = cachedField(path);
  // Each question re-renders only when its own answer changes.
  const value = useComputed(() => getPath(facts.value, path)).value;
  switch (field.kind) {
    case 'flag':
      return <Flag path={path} question={question} value={value} />;
    case 'choice':
      return <Choice path={path} question={question} value={value} options={field.options} />;
    case 'choices':
      return <Choices path={path} question={question} value={value} options={field.options} />;
    case 'country':
      return <CountryField path={path} question={question} value={value} />;
    case 'countries':
      return <CountriesField path={path} question={question} value={value} />;
    default:
      return <TextLike path={path} question={question} value={value} field={field} />;
  }
}
