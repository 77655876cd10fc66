// A page whose code is fetched when it is first shown: the Assess page is in the entry script, the
// other pages (and what only they use) are not, so that the page most people open first ships less
// JavaScript (bench/web.ts; test/e2e/budget.test.ts). Until the code has arrived the page says so,
// in the app's language; if it cannot be fetched (offline after an update), it says that instead,
// and the next visit tries again.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n.js';

export function lazyPage(load: () => Promise<ComponentType>): ComponentType {
  let loaded: ComponentType | undefined;
  let pending: Promise<ComponentType> | undefined;
  const start = (): Promise<ComponentType> => {
    pending ??= load().then(
      (page) => {
        loaded = page;
        return page;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  return function LazyPage() {
    const [page, setPage] = useState<ComponentType | undefined>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (page) return;
      let live = true;
      start().then(
        (found) => live && setPage(() => found),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, [page]);
    const Page = page ?? loaded;
    if (Page) return <Page />;
    return failed ? (
      <p class="problem" role="alert">
        {t('web.shell.pageFailed')}
      </p>
    ) : (
      <p class="loading">{t('web.shell.pageLoading')}</p>
    );
  };
}
