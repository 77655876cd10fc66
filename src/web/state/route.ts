// Hash routes (#/assess, #/cases…): the server only ever serves index.html and its assets. Each
// page has its own title in the browser tab, in the app's language, and a route may carry where to
// return to (#/account?return=assess: after logging in, back to the form).
import { effect, signal } from '@preact/signals';
import { t } from '../i18n.js';

/** The pages of the navigation, in its order (their titles: `web.page.<id>` in the catalogues). */
export const pages = [
  { id: 'assess' },
  { id: 'compare' },
  { id: 'continuum' },
  { id: 'whatif' },
  { id: 'pathways' },
  { id: 'sexwork' },
  { id: 'estimate' },
  { id: 'cases' },
  { id: 'datasets' },
  { id: 'glossary' },
  { id: 'account' },
] as const;

export type PageId = (typeof pages)[number]['id'] | 'report';

const pageIds = new Set<string>([...pages.map((p) => p.id), 'report']);

/** A page's title in the app's language. */
export const pageTitle = (page: PageId): string => t(`web.page.${page}`);

function parse(): { page: PageId; params: URLSearchParams } {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = hash.split('?');
  const id = path.split('/')[0];
  const page = (pageIds.has(id) ? id : 'assess') as PageId;
  return { page, params: new URLSearchParams(query) };
}

export const route = signal<PageId>(parse().page);
export const routeParams = signal<URLSearchParams>(parse().params);
addEventListener('hashchange', () => {
  const next = parse();
  route.value = next.page;
  routeParams.value = next.params;
});

effect(() => {
  document.title = t('web.page.tabTitle', { page: pageTitle(route.value) });
});

export function go(page: PageId, params?: Record<string, string>): void {
  const query = params ? `?${new URLSearchParams(params)}` : '';
  location.hash = `#/${page}${query}`;
}

/** The page to go back to after logging in, if the route names one. */
export function returnTo(): PageId | null {
  const page = routeParams.value.get('return');
  return page && pageIds.has(page) ? (page as PageId) : null;
}
