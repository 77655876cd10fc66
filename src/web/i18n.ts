// The language of the web app: the one the person chose (kept in this browser), else the first of
// the browser's languages that Continuum speaks, else English. Texts come from the translator of
// src/i18n with the web's own domain loaded for that language (src/i18n/web-catalogue.ts); a
// component that calls t() or reads `lang` re-renders when the language changes. `<html lang>`
// follows, and so does the tab's title (state/route.ts). See docs/extending.md, "In the web app".
import { computed, effect, signal } from '@preact/signals';
import type { ComponentChild } from 'preact';
import { loadCatalogues } from '../i18n/catalogues.js';
import {
  defaultLang,
  firstLang,
  isLang,
  type Lang,
  type MessageKey,
  type MessageValues,
  pseudoLang,
  type Translator,
  translatorWith,
} from '../i18n/index.js';
import { pseudoText } from '../i18n/pseudo.js';
import { englishWebMessages, type WebMessageKey, webMessages } from '../i18n/web-catalogue.js';

export type WebTranslator = Translator<MessageKey | WebMessageKey>;

const storageKey = 'continuum.lang';

const ready = new Map<Lang, WebTranslator>([
  [defaultLang, translatorWith<WebMessageKey>(defaultLang, englishWebMessages)],
]);

/** The language the app is shown in. Change it with chooseLang, which loads its messages first. */
export const lang = signal<Lang>(defaultLang);

/** The translator of the current language (core domains and the web's). */
export const tr = computed<WebTranslator>(
  () => ready.get(lang.value) ?? (ready.get(defaultLang) as WebTranslator),
);

/** A message in the current language (read in a component, it re-renders on a change of language). */
export const t = (key: MessageKey | WebMessageKey, values?: MessageValues): string => tr.value.t(key, values);

/**
 * A moment (an ISO timestamp) as people write it in the app's language, to the minute by default
 * (the pseudo-locale: English, changed, so that the tests see it went through here).
 */
export function dateTime(
  iso: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const shown = lang.value === pseudoLang ? defaultLang : lang.value;
  const text = new Intl.DateTimeFormat(shown, options).format(date);
  return lang.value === pseudoLang ? pseudoText(text) : text;
}

/**
 * A message with some of its values given as elements — the case's own text in a translate="no"
 * span, a link — placed where the language's own word order puts them. `plain`: values given as
 * they are (a count that chooses a plural form).
 */
export function tWith(
  key: MessageKey | WebMessageKey,
  values: Record<string, ComponentChild>,
  plain: MessageValues = {},
): ComponentChild[] {
  const elements: ComponentChild[] = [];
  const marked: MessageValues = { ...plain };
  for (const [name, value] of Object.entries(values)) {
    marked[name] = `\uE000${elements.length}\uE000`;
    elements.push(value);
  }
  return t(key, marked)
    .split(/\uE000(\d+)\uE000/)
    .map((part, i) => (i % 2 === 1 ? elements[Number(part)] : part));
}

/**
 * A language's messages, fetched before it is shown: the core's catalogues (the build carries
 * English alone: src/i18n/browser-catalogues.ts) and the web's own domain.
 */
async function load(next: Lang): Promise<void> {
  if (ready.has(next)) return;
  const [, web] = await Promise.all([loadCatalogues(next), webMessages(next)]);
  ready.set(next, translatorWith<WebMessageKey>(next, web));
}

/** The language kept in this browser, if any (the pseudo-locale too: the tests choose it so). */
function stored(): Lang | undefined {
  try {
    const value = localStorage.getItem(storageKey);
    return isLang(value) || value === pseudoLang ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Show the app in `next` and remember it in this browser. */
export async function chooseLang(next: Lang): Promise<void> {
  await load(next);
  lang.value = next;
  try {
    localStorage.setItem(storageKey, next);
  } catch {
    // Storage refused (private mode): the choice holds until the page is left.
  }
}

/** At start-up, before the first render: the kept language, else the browser's, else English. */
export async function startLang(): Promise<void> {
  const first =
    stored() ?? firstLang(typeof navigator === 'undefined' ? [] : navigator.languages) ?? defaultLang;
  try {
    await load(first);
    lang.value = first;
  } catch {
    // Its messages could not be fetched (offline after an update): English, which is in the page.
    lang.value = defaultLang;
  }
}

effect(() => {
  if (typeof document !== 'undefined') document.documentElement.lang = lang.value;
});
