// Hash routes (#/assess, #/cases…): the server only ever serves index.html and its assets. Each
// page has its own title in the browser tab, and a route may carry where to return to
// (#/account?return=assess: after logging in, back to the form).
import { effect, signal } from '@preact/signals';

export const pages = [
  { id: 'assess', title: 'Assess' },
  { id: 'compare', title: 'Compare' },
  { id: 'continuum', title: 'Continuum' },
  { id: 'whatif', title: 'What if' },
  { id: 'pathways', title: 'Pathways' },
  { id: 'sexwork', title: 'Sex work law' },
  { id: 'estimate', title: 'Estimate' },
  { id: 'cases', title: 'Saved cases' },
  { id: 'datasets', title: 'Datasets' },
  { id: 'glossary', title: 'Glossary' },
  { id: 'account', title: 'Account' },
] as const;

export type PageId = (typeof pages)[number]['id'] | 'report';

const titles: Record<PageId, string> = {
  ...(Object.fromEntries(pages.map((p) => [p.id, p.title])) as Record<(typeof pages)[number]['id'], string>),
  report: 'Printable report',
};

function parse(): { page: PageId; params: URLSearchParams } {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = hash.split('?');
  const id = path.split('/')[0];
  const page = (id in titles ? id : 'assess') as PageId;
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
  document.title = `${titles[route.value]} · Continuum`;
});

export function go(page: PageId, params?: Record<string, string>): void {
  const query = params ? `?${new URLSearchParams(params)}` : '';
  location.hash = `#/${page}${query}`;
}

/** The page to go back to after logging in, if the route names one. */
export function returnTo(): PageId | null {
  const page = routeParams.value.get('return');
  return page && page in titles ? (page as PageId) : null;
}
