// The shell: skip links, header with navigation and the language switch, the current page, and a
// footer on privacy.
import { type Lang, languages, pseudoLang } from '../i18n/index.js';
import { lazyPage } from './components/lazy-page.js';
import { chooseLang, lang, t, tWith } from './i18n.js';
import { AssessPage } from './pages/assess.js';
import { pages, pageTitle, route } from './state/route.js';
import { user } from './state/session.js';

// Every page but Assess (the first most people see) is fetched when first shown.
const AccountPage = lazyPage(() => import('./pages/account.js').then((m) => m.AccountPage));
const CasesPage = lazyPage(() => import('./pages/cases.js').then((m) => m.CasesPage));
const ComparePage = lazyPage(() => import('./pages/compare.js').then((m) => m.ComparePage));
const ContinuumPage = lazyPage(() => import('./pages/continuum.js').then((m) => m.ContinuumPage));
const DatasetsPage = lazyPage(() => import('./pages/datasets.js').then((m) => m.DatasetsPage));
const EstimatePage = lazyPage(() => import('./pages/estimate.js').then((m) => m.EstimatePage));
const GlossaryPage = lazyPage(() => import('./pages/glossary.js').then((m) => m.GlossaryPage));
const PathwaysPage = lazyPage(() => import('./pages/pathways.js').then((m) => m.PathwaysPage));
const ReportPage = lazyPage(() => import('./pages/report.js').then((m) => m.ReportPage));
const SexworkPage = lazyPage(() => import('./pages/sexwork.js').then((m) => m.SexworkPage));
const WhatIfPage = lazyPage(() => import('./pages/whatif.js').then((m) => m.WhatIfPage));

/** Each language by its own name, whatever the language of the page (the pseudo-locale by its code). */
const languageNames: Record<Lang, string> = { en: 'English', fr: 'Français', es: 'Español', xx: 'xx' };

/** The language switch: remembered in this browser (i18n.ts); the pseudo-locale is listed only once chosen. */
function LanguageSwitch() {
  const offered: readonly Lang[] = lang.value === pseudoLang ? [...languages, pseudoLang] : languages;
  return (
    <label class="lang-switch">
      {/* Named for assistive technology; on screen the language names say what the box is. */}
      <span class="sr-only">{t('web.shell.language')}</span>
      <select
        id="lang-switch"
        value={lang.value}
        onChange={(event) => void chooseLang(event.currentTarget.value as Lang)}
      >
        {offered.map((code) => (
          <option key={code} value={code} lang={code} translate={false}>
            {languageNames[code]}
          </option>
        ))}
      </select>
    </label>
  );
}

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
        {t('web.shell.skipToContent')}
      </button>
      {route.value === 'assess' ? (
        <button type="button" class="skip" onClick={() => skipTo('results')}>
          {t('web.shell.skipToResults')}
        </button>
      ) : null}
      <header class="site-header screen-only">
        <a class="brand" href="#/assess" translate={false}>
          Continuum
        </a>
        <nav aria-label={t('web.shell.main')}>
          <ul>
            {pages.map((page) => (
              <li key={page.id}>
                <a href={`#/${page.id}`} aria-current={route.value === page.id ? 'page' : undefined}>
                  {pageTitle(page.id)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitch />
        <span class="who">
          {user.value
            ? tWith(
                'web.shell.who',
                { name: <span translate={false}>{user.value.username}</span> },
                { role: user.value.role },
              )
            : t('web.shell.notLoggedIn')}
        </span>
      </header>
      <main id="main" tabIndex={-1}>
        <Page />
      </main>
      <footer class="site-footer screen-only">
        {t('web.shell.footer')} <a href="/api/docs/">{t('web.shell.api')}</a>
      </footer>
    </>
  );
}
