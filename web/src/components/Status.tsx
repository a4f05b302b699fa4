// Loading, error and "this API is not there yet" states shared by every page.
import type { ReactNode } from 'react';
import type { ApiError, Loaded } from '../api/client.js';
import { pickMessage, useLang, useT } from '../i18n.js';

export function ErrorBox({ error, what, path }: { error: ApiError; what: string; path: string }) {
  const t = useT();
  const lang = useLang();
  // A route the server does not have answers NOT_FOUND (the route), not UNKNOWN_… (a resource).
  if (error.status === 404 && error.code === 'NOT_FOUND') {
    return (
      <p className="notice missing-api" data-missing-api={path}>
        {t('notAvailable', { path: `/api/v1${path.split('?')[0]}` })}
      </p>
    );
  }
  return (
    <div className="notice error" role="alert">
      <strong>{t('errorTitle')}</strong> {what}: {pickMessage(lang, error)} <code>{error.code}</code>
    </div>
  );
}

/** Renders `children(data)` once loaded; a spinner meanwhile; the error otherwise. */
export function Loader<T>({
  loaded,
  what,
  path,
  children,
}: {
  loaded: Loaded<T>;
  what: string;
  path: string;
  children: (data: T) => ReactNode;
}) {
  const t = useT();
  if (loaded.error) return <ErrorBox error={loaded.error} what={what} path={path} />;
  if (loaded.data === null) return <p className="loading">{t('loading')}</p>;
  return <>{children(loaded.data)}</>;
}
