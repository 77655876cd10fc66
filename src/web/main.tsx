import { render } from 'preact';
import { App } from './app.js';
import { restoreDraft } from './state/case.js';
import { checkSession } from './state/session.js';

const root = document.getElementById('app')!;
// The case kept from an earlier visit first, so that the page never shows an empty form over it.
void restoreDraft().then(() => {
  // Preact keeps what it did not render: clear the "Loading…" text first.
  root.textContent = '';
  render(<App />, root);
});
void checkSession();
