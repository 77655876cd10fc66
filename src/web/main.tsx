import { render } from 'preact';
import { App } from './app.js';
import { checkSession } from './state/session.js';

const root = document.getElementById('app')!;
// Preact keeps what it did not render: clear the "Loading…" text first.
root.textContent = '';
render(<App />, root);
void checkSession();
