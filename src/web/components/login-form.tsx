// Logging in, wherever a page needs it. After logging in the person is where they were: on the same
// page, or on the page that sent them here (#/account?return=assess).
import { useSignal } from '@preact/signals';
import { t } from '../i18n.js';
import { go, returnTo } from '../state/route.js';
import { logIn } from '../state/session.js';

export function LoginForm() {
  const error = useSignal<string | null>(null);
  const busy = useSignal(false);
  const back = returnTo();
  return (
    <form
      class="login"
      aria-labelledby="login-heading"
      onSubmit={async (event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        busy.value = true;
        error.value = await logIn(String(form.get('username') ?? ''), String(form.get('password') ?? ''));
        busy.value = false;
        if (error.value === null && back) go(back);
      }}
    >
      <h2 id="login-heading">{t('web.login.heading')}</h2>
      <p>
        {t('web.login.why')}
        {back ? ` ${t('web.login.back')}` : ''}
      </p>
      <label for="login-username">{t('web.login.username')}</label>
      <input id="login-username" name="username" autoComplete="username" required />
      <label for="login-password">{t('web.login.password')}</label>
      <input id="login-password" name="password" type="password" autoComplete="current-password" required />
      <button type="submit" class="primary" disabled={busy.value}>
        {t('web.login.submit')}
      </button>
      {error.value ? (
        <p class="error" role="alert">
          {error.value}
        </p>
      ) : null}
    </form>
  );
}
