import { render } from 'preact';
import { App } from './app.js';
import { startLang } from './i18n.js';
import { restoreDraft } from './state/case.js';
import { checkSession } from './state/session.js';

const root = document.getElementById('app')!;
// The case kept from an earlier visit first, so that the page never shows an empty form over it,
// and the messages of the person's language, so that it never shows English first.
void Promise.all([restoreDraft(), startLang()]).then(() => {
  // Preact keeps what it did not render: clear the "Loading…" text first.
  root.textContent = '';
  render(<App />, root);
});
void checkSession();
