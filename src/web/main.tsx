import { render } from 'preact';
import { App } from './app.js';
import { checkSession } from './state/session.js';

render(<App />, document.getElementById('app')!);
void checkSession();
