// The shell: skip links, header with navigation, the current page, and a footer on privacy.
import { AccountPage } from './pages/account.js';
import { AssessPage } from './pages/assess.js';
import { CasesPage } from './pages/cases.js';
import { ComparePage } from './pages/compare.js';
import { ContinuumPage } from './pages/continuum.js';
import { DatasetsPage } from './pages/datasets.js';
import { EstimatePage } from './pages/estimate.js';
import { GlossaryPage } from './pages/glossary.js';
import { PathwaysPage } from './pages/pathways.js';
import { ReportPage } from './pages/report.js';
import { SexworkPage } from './pages/sexwork.js';
import { WhatIfPage } from './pages/whatif.js';
import { pages, route } from './state/route.js';
import { user } from './state/session.js';

const text = {
  skipToContent: 'Skip to content',
  skipToResults: 'Skip to the results',
  main: 'Main',
  notLoggedIn: 'Not logged in',
  who: (name: string, role: string) => `${name} (${role})`,
  footer:
    'Assessments run in this browser; case facts leave it only when you save a case. A draft of the case you are working on is kept in this browser until you start a new one. Not legal advice.',
  api: 'API',
};

function Page() {
  switch (route.value) {
    case 'report':
      return <ReportPage />;
    case 'cases':
      return <CasesPage />;
    case 'account':
      return <AccountPage />;
    case 'compare':
      return <ComparePage />;
    case 'continuum':
      return <ContinuumPage />;
    case 'whatif':
      return <WhatIfPage />;
    case 'pathways':
      return <PathwaysPage />;
    case 'sexwork':
      return <SexworkPage />;
    case 'estimate':
      return <EstimatePage />;
    case 'datasets':
      return <DatasetsPage />;
    case 'glossary':
      return <GlossaryPage />;
    default:
      return <AssessPage />;
  }
}

/** Hash links are routes here, so the skip links are buttons that move the focus. */
function skipTo(id: string) {
  const target = document.getElementById(id);
  target?.scrollIntoView({ block: 'start' });
  target?.focus({ preventScroll: true });
}

export function App() {
  return (
    <>
      <button type="button" class="skip" onClick={() => skipTo('main')}>
        {text.skipToContent}
      </button>
      {route.value === 'assess' ? (
        <button type="button" class="skip" onClick={() => skipTo('results')}>
          {text.skipToResults}
        </button>
      ) : null}
      <header class="site-header screen-only">
        <a class="brand" href="#/assess">
          Continuum
        </a>
        <nav aria-label={text.main}>
          <ul>
            {pages.map((page) => (
              <li key={page.id}>
                <a href={`#/${page.id}`} aria-current={route.value === page.id ? 'page' : undefined}>
                  {page.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <span class="who">
          {user.value ? text.who(user.value.username, user.value.role) : text.notLoggedIn}
        </span>
      </header>
      <main id="main" tabIndex={-1}>
        <Page />
      </main>
      <footer class="site-footer screen-only">
        {text.footer} <a href="/api/docs/">{text.api}</a>
      </footer>
    </>
  );
}
