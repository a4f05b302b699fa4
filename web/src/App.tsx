// The dashboard shell: header (navigation, language, account), the sign-in gate when the server
// needs an API key (issue 8 §7), and the page of the current path. Pages with charts are loaded on
// demand so the first screen (and the excess table) does not wait for the chart library.
import { lazy, Suspense, useEffect, useState } from 'react';
import { ApiError, hasApiKey, request, setApiKey, useGeneration } from './api/client.js';
import { LANGS, setLang, useLang, useT, type UiKey } from './i18n.js';
import { Link, useLocation } from './router.js';
import { SignIn } from './pages/SignIn.js';
import { Overview } from './pages/Overview.js';
import { Inventory } from './pages/Inventory.js';
import { ImportPage } from './pages/Import.js';
import { OutletPage } from './pages/Outlet.js';
import { ReplenishmentPage } from './pages/Replenishment.js';

const SkuPage = lazy(() => import('./pages/SkuPage.js'));
const PromotionsPage = lazy(() => import('./pages/Promotions.js'));

const NAV: readonly { path: string; label: UiKey }[] = [
  { path: '/', label: 'navOverview' },
  { path: '/inventory', label: 'navInventory' },
  { path: '/promotions', label: 'navPromotions' },
  { path: '/outlet', label: 'navOutlet' },
  { path: '/replenishment', label: 'navReplenishment' },
  { path: '/import', label: 'navImport' },
];

type Session =
  { state: 'checking' } | { state: 'signed-in'; account: string } | { state: 'needs-key'; rejected: boolean };

function useSession(): Session {
  const gen = useGeneration();
  const [session, setSession] = useState<Session>({ state: 'checking' });
  useEffect(() => {
    let live = true;
    request<{ account: string }>('/accounts/me').then(
      (me) => live && setSession({ state: 'signed-in', account: me.account }),
      (error: unknown) => {
        if (!live) return;
        if (error instanceof ApiError && error.status === 401) {
          setSession({ state: 'needs-key', rejected: hasApiKey() });
        } else setSession({ state: 'needs-key', rejected: false });
      },
    );
    return () => {
      live = false;
    };
  }, [gen]);
  return session;
}

function Page({ path }: { path: string }) {
  if (path === '/' || path === '') return <Overview />;
  if (path === '/inventory') return <Inventory />;
  if (path.startsWith('/inventory/')) return <SkuPage sku={decodeURIComponent(path.slice('/inventory/'.length))} />;
  if (path === '/promotions') return <PromotionsPage />;
  if (path === '/outlet') return <OutletPage />;
  if (path === '/replenishment') return <ReplenishmentPage />;
  if (path === '/import') return <ImportPage />;
  return <Overview />;
}

export function App() {
  const t = useT();
  const lang = useLang();
  const { path } = useLocation();
  const session = useSession();
  const section = '/' + (path.split('/')[1] ?? '');

  useEffect(() => {
    document.title = `${t('appName')} · ${t(NAV.find((n) => n.path === section)?.label ?? 'navOverview')}`;
  });

  return (
    <div className="app">
      <header className="top">
        <Link to="/" className="brand">
          <img src="/favicon.svg" alt="" width="24" height="24" />
          <span>{t('appName')}</span>
        </Link>
        {session.state === 'signed-in' && (
          <nav className="nav" aria-label="main">
            {NAV.map((n) => (
              <Link key={n.path} to={n.path} className={n.path === section ? 'active' : undefined} data-nav={n.path}>
                {t(n.label)}
              </Link>
            ))}
          </nav>
        )}
        <div className="tools">
          <label className="lang">
            <span className="sr-only">{t('language')}</span>
            <select
              id="lang"
              value={lang}
              onChange={(e) => setLang(e.target.value as (typeof LANGS)[number])}
              aria-label={t('language')}
            >
              <option value="en">English</option>
              <option value="zh-CN">简体中文</option>
            </select>
          </label>
          {session.state === 'signed-in' && (
            <span className="account" id="account" title={t('account')}>
              {session.account}
            </span>
          )}
          {hasApiKey() && (
            <button type="button" className="link" onClick={() => setApiKey(null)}>
              {t('signOut')}
            </button>
          )}
        </div>
      </header>
      <main className="content">
        {session.state === 'checking' && <p className="loading">{t('loading')}</p>}
        {session.state === 'needs-key' && <SignIn rejected={session.rejected} />}
        {session.state === 'signed-in' && (
          <Suspense fallback={<p className="loading">{t('loading')}</p>}>
            {/* keyed by account: a new session never shows the previous one's state */}
            <Page key={session.account} path={path} />
          </Suspense>
        )}
      </main>
      <footer className="foot">
        <a href="/api/docs/">{t('apiDocs')}</a>
      </footer>
    </div>
  );
}
