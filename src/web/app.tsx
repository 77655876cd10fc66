// The shell: header with navigation, the current page, and a footer on privacy.
import { AccountPage } from './pages/account.js';
import { AssessPage } from './pages/assess.js';
import { CasesPage } from './pages/cases.js';
import { ComparePage } from './pages/compare.js';
import { ContinuumPage } from './pages/continuum.js';
import { DatasetsPage } from './pages/datasets.js';
import { EstimatePage } from './pages/estimate.js';
import { PathwaysPage } from './pages/pathways.js';
import { ReportPage } from './pages/report.js';
import { pages, route } from './state/route.js';
import { user } from './state/session.js';

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
    case 'pathways':
      return <PathwaysPage />;
    case 'estimate':
      return <EstimatePage />;
    case 'datasets':
      return <DatasetsPage />;
    default:
      return <AssessPage />;
  }
}

export function App() {
  return (
    <>
      {/* Hash links are routes here, so the skip link is a button that moves the focus. */}
      <button type="button" class="skip" onClick={() => document.getElementById('main')?.focus()}>
        Skip to content
      </button>
      <header class="site-header screen-only">
        <a class="brand" href="#/assess">
          Continuum
        </a>
        <nav aria-label="Main">
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
          {user.value ? `${user.value.username} (${user.value.role})` : 'Not logged in'}
        </span>
      </header>
      <main id="main" tabIndex={-1}>
        <Page />
      </main>
      <footer class="site-footer screen-only">
        Assessments run in this browser; case facts leave it only when you save a case. Not legal advice.{' '}
        <a href="/api/docs/">API</a>
      </footer>
    </>
  );
}
