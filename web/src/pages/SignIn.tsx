// Sign-in with an account's API key (issue 8 §7), shown when the server answers 401 without one.
import { useState, type FormEvent } from 'react';
import { setApiKey } from '../api/client.js';
import { useT } from '../i18n.js';

export function SignIn({ rejected }: { rejected: boolean }) {
  const t = useT();
  const [key, setKey] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = key.trim();
    if (value) setApiKey(value);
  };
  return (
    <section className="card signin">
      <h1>{t('signInTitle')}</h1>
      <p>{t('signInText')}</p>
      {rejected && (
        <p className="notice error" role="alert">
          {t('keyRejected')}
        </p>
      )}
      <form onSubmit={submit} autoComplete="off">
        <label htmlFor="api-key">{t('apiKey')}</label>
        <input
          id="api-key"
          type="password"
          value={key}
          onChange={(e) => setKey(e.target.value)}
          autoComplete="off"
          required
        />
        <button type="submit">{t('signInButton')}</button>
      </form>
      <p className="hint">{t('signInHint')}</p>
    </section>
  );
}
