// Logging in, wherever a page needs it. After logging in the person is where they were: on the same
// page, or on the page that sent them here (#/account?return=assess).
import { useSignal } from '@preact/signals';
import { go, returnTo } from '../state/route.js';
import { logIn } from '../state/session.js';

const text = {
  heading: 'Log in',
  why: 'Saved cases need an account. Assessing does not.',
  back: 'You will be taken back to where you were.',
  username: 'Username',
  password: 'Password',
  submit: 'Log in',
};

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
      <h2 id="login-heading">{text.heading}</h2>
      <p>
        {text.why}
        {back ? ` ${text.back}` : ''}
      </p>
      <label for="login-username">{text.username}</label>
      <input id="login-username" name="username" autoComplete="username" required />
      <label for="login-password">{text.password}</label>
      <input id="login-password" name="password" type="password" autoComplete="current-password" required />
      <button type="submit" class="primary" disabled={busy.value}>
        {text.submit}
      </button>
      {error.value ? (
        <p class="error" role="alert">
          {error.value}
        </p>
      ) : null}
    </form>
  );
}
