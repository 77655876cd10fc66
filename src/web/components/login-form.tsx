import { useSignal } from '@preact/signals';
import { logIn } from '../state/session.js';

export function LoginForm() {
  const error = useSignal<string | null>(null);
  const busy = useSignal(false);
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
      }}
    >
      <h2 id="login-heading">Log in</h2>
      <p>Saved cases need an account. Assessing does not.</p>
      <label for="login-username">Username</label>
      <input id="login-username" name="username" autoComplete="username" required />
      <label for="login-password">Password</label>
      <input id="login-password" name="password" type="password" autoComplete="current-password" required />
      <button type="submit" class="primary" disabled={busy.value}>
        Log in
      </button>
      {error.value ? (
        <p class="error" role="alert">
          {error.value}
        </p>
      ) : null}
    </form>
  );
}
