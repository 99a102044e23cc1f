import { useIsFetching, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { metaQueries } from '@/api/meta-queries';
import { ActiveScenarioIndicator } from '@/components/active-scenario-indicator';
import { TableSkeleton } from '@/components/state-panels';
import { formatDay, formatPreciseDate } from '@/components/format';
import { carriedSearch } from '@/domain/url/view-params';
import { useAsOf, useViewParams } from '@/lib/use-view-params';
import { UrlIssuesNotice } from '@/components/url-issues-notice';
import { unreadCount } from '@/domain/alerts/notifications';
import { persistedStores } from '@/stores/create-persisted-store';
import { useInboxStore } from '@/stores/inbox-store';
// Every persisted store is created (and reads its save) with the frame, so that a save that
// cannot be read is named on whichever page the user opens first.
import '@/stores/settings-store';
import '@/stores/portfolio-store';
import '@/stores/scenario-store';
import '@/stores/review-store';
import '@/stores/rules-store';
import '@/stores/watchlist-store';
import { PageErrorBoundary } from './error-boundary';
import { NAV_ITEMS } from './route-list';
import { SlowAnswerNotice } from './slow-answer-notice';
import { ThemeSync } from './theme-sync';
import { DisclosureButton } from '@/components/disclosure-button';

// The alert rules run after the page has painted, in a chunk of their own (the engine, the rules).
const AlertsRunner = lazy(() => import('@/components/alerts-runner'));

/** How many notifications read as unread today. */
function useUnread(): number {
  const { today } = useViewParams();
  return useInboxStore((s) => unreadCount(s.notifications, today));
}

/** The inbox in the top bar: the unread count, a link to the notifications. */
function InboxLink({ search }: { search: string }) {
  const unread = useUnread();
  return (
    <p className="topbar__inbox">
      <NavLink to={`/changes${search}#inbox`} className="inbox-link">
        Inbox{' '}
        <span
          className={`count-badge${unread > 0 ? ' count-badge--on' : ''}`}
          data-testid="unread-count"
        >
          {unread}
        </span>
        <span className="visually-hidden"> unread</span>
      </NavLink>
    </p>
  );
}

/** A navigation label, with the unread count beside "Changes". */
function NavLabel({ to, label }: { to: string; label: string }) {
  const unread = useUnread();
  if (to !== '/changes' || unread === 0) return <>{label}</>;
  return (
    <>
      {label}{' '}
      <span className="count-badge count-badge--on">
        {unread}
        <span className="visually-hidden"> unread</span>
      </span>
    </>
  );
}

function AsOf() {
  const { asOf } = useAsOf();
  const meta = useQuery(metaQueries.detail());
  return (
    <p className="topbar__asof">
      <span className="muted">As of</span> <strong>{formatDay(asOf)}</strong>
      {meta.data && (
        <span className="muted topbar__dataset">
          {' '}
          · data set {meta.data.datasetVersion}, compiled {formatDay(meta.data.compiledOn)}
          {meta.data.factsCurrentTo && (
            <>, facts current to {formatPreciseDate(meta.data.factsCurrentTo)}</>
          )}
        </span>
      )}
      {meta.error && (
        <span className="topbar__meta-error" role="alert">
          {' '}
          · The data set’s details (version, compile date) could not be loaded.{' '}
          <button
            type="button"
            className="button button--small"
            onClick={() => void meta.refetch()}
          >
            Retry
          </button>
        </span>
      )}
    </p>
  );
}

/** The shared view parameters (as-of date, today, weights, half-life, home) a link set but that cannot be used. */
function ViewParamsNotice() {
  const { issues } = useViewParams();
  return <UrlIssuesNotice issues={issues} />;
}

/** A notice for each stored value that could not be read, on every page until dismissed. */
function RestoreNotice({ store }: { store: (typeof persistedStores)[number] }) {
  const notice = store((s) => s.restoreNotice);
  const dismiss = store((s) => s.restoreNoticeDismissed);
  if (!notice) return null;
  return (
    <div className="panel panel--notice restore-notice" role="status">
      <p>{notice}</p>
      <button type="button" className="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}

function RestoreNotices() {
  return (
    <>
      {persistedStores.map((store, i) => (
        <RestoreNotice key={i} store={store} />
      ))}
    </>
  );
}

/** The frame: skip link, left navigation (a menu below 768 px), top bar, and the page. */
export function Layout() {
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const navId = useId();
  const mainRef = useRef<HTMLElement>(null);
  const search = carriedSearch(location.search);
  // Assistive technology (and the browser journeys) can tell when the page is still loading data.
  const fetching = useIsFetching();

  useEffect(() => {
    setMenuOpen(false);
  }, [location.pathname]);

  return (
    <div className="shell">
      <ThemeSync />
      <Suspense fallback={null}>
        <AlertsRunner />
      </Suspense>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <DisclosureButton
          className="topbar__menu button"
          expanded={menuOpen}
          controls={navId}
          onToggle={() => setMenuOpen((open) => !open)}
        >
          Menu
        </DisclosureButton>
        <p className="brand">
          <span className="brand__mark" aria-hidden="true">
            ◆
          </span>{' '}
          AI Vendor Risk Radar
        </p>
        <AsOf />
        <InboxLink search={search} />
        <ActiveScenarioIndicator />
      </header>
      <nav id={navId} className={`sidenav${menuOpen ? ' sidenav--open' : ''}`} aria-label="Main">
        <ul>
          {NAV_ITEMS.map((item) => (
            <li key={item.to}>
              <NavLink to={`${item.to}${search}`} end={item.to === '/'}>
                <NavLabel to={item.to} label={item.label} />
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" ref={mainRef} tabIndex={-1} className="main" aria-busy={fetching > 0}>
        <SlowAnswerNotice />
        <RestoreNotices />
        <ViewParamsNotice />
        <PageErrorBoundary resetKey={location.pathname}>
          <Suspense fallback={<TableSkeleton label="Loading page" />}>
            <Outlet />
          </Suspense>
        </PageErrorBoundary>
      </main>
    </div>
  );
}
