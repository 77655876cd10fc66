// Hash routes (#/assess, #/cases…): the server only ever serves index.html and its assets.
import { signal } from '@preact/signals';

export const pages = [
  { id: 'assess', title: 'Assess' },
  { id: 'compare', title: 'Compare' },
  { id: 'continuum', title: 'Continuum' },
  { id: 'pathways', title: 'Pathways' },
  { id: 'estimate', title: 'Estimate' },
  { id: 'cases', title: 'Saved cases' },
  { id: 'datasets', title: 'Datasets' },
  { id: 'account', title: 'Account' },
] as const;

export type PageId = (typeof pages)[number]['id'] | 'report';

function current(): PageId {
  const id = location.hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return (pages.some((p) => p.id === id) || id === 'report' ? id : 'assess') as PageId;
}

export const route = signal<PageId>(current());
addEventListener('hashchange', () => {
  route.value = current();
});

export function go(page: PageId): void {
  location.hash = `#/${page}`;
}
