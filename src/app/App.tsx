import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { ContextBar } from '../components/ContextBar';
import { PrintBar } from '../components/PrintBar';
import { PrintSetup } from '../components/PrintSetup';
import { StatusKey } from '../components/StatusKey';
import { FilterBar, type FilterChange } from '../components/FilterBar';
import { FilterDisclosure } from '../components/FilterDisclosure';
import { MainNav, type NavItem } from '../components/MainNav';
import { Notice } from '../components/Notice';
import { DataFaultsNotice } from '../components/DataFaultsNotice';
import type { SortKey, ViewName, ViewState } from '../hooks/url-state';
import { useHashState, type HashState } from '../hooks/useHashState';
import {
  MARK_OVERVIEW_PAINTED,
  ScorecardDataContext,
  useLoadScorecard,
  useScorecardData,
} from '../hooks/useScorecardData';
import { usePaintedMark } from '../hooks/usePaintedMark';
import { filterSummary } from '../hooks/views/filter-summary';
import { unknownIndicator } from '../hooks/views/link-ids';
import { useIndicatorCommentary } from '../hooks/useIndicatorCommentary';
import { CommentaryContext, useCommentaryState } from '../hooks/useCommentary';
import { defaultCommentaryStore } from '../storage/commentary-store';
import { fetchBytes, type LoadDependencies } from '../hooks/load-scorecard';
import { pageCss, printHeader } from '../hooks/views/print';
import { WorkspaceContext } from '../hooks/useWorkspace';
import { useIndicatorSpc } from '../hooks/useIndicatorSpc';
import {
  useCommentaryDue,
  useExceptions,
  useFrame,
  firstIndicatorPage,
  useIndicatorPage,
  useOverview,
  usePack,
  useScorecardModel,
  useTable,
} from '../hooks/useScreens';
import { ExceptionsPage } from './pages/ExceptionsPage';
import { IndicatorPage } from './pages/IndicatorPage';
import { OverviewPage } from './pages/OverviewPage';
import { PackPage } from './pages/PackPage';
import { TablePage } from './pages/TablePage';
import { preloadIndicatorChartsWhenIdle } from './chart-chunk';
import { appLoadDependencies } from './warm-up';
import { ViewBoundary } from './ViewBoundary';
import './bidi.css';
import './App.css';

const SERVICE = "Children's services scorecard";

const VIEW_TITLES: Readonly<Record<ViewName, string>> = {
  overview: 'Overview',
  table: 'Scorecard table',
  indicator: 'Indicator',
  exceptions: 'Exceptions',
  pack: 'Committee pack',
  data: 'Data',
};

const NAV_VIEWS: readonly ViewName[] = ['overview', 'table', 'exceptions', 'pack', 'data'];

// The Data page (importing, publishing) is loaded only when it is opened.
const DataPage = lazy(() => import('./pages/DataPage'));

export function App({ loadDependencies }: { loadDependencies?: () => LoadDependencies }) {
  const hash = useHashState();
  // Links made from here record the dataset's version; set it as the data arrives, without
  // adding a history entry.
  // A link that could not be followed exactly keeps its words (so the notice can explain it)
  // until the reader moves on; Screens records the version then.
  const loaded = useLoadScorecard(loadDependencies ?? appLoadDependencies, (data) => {
    if (hash.state.version === null && hash.problems.length === 0)
      hash.navigate({ version: data.version }, { replace: true });
  });
  const [now] = useState(() => new Date());
  const nav: NavItem[] = NAV_VIEWS.map((view) => ({
    view,
    label: VIEW_TITLES[view],
    href: hash.hrefFor({ view, indicator: null }),
  }));
  const [commentaryStore] = useState(defaultCommentaryStore);
  const [commentaryFetch] = useState(() =>
    loadDependencies ? loadDependencies().fetchBytes : fetchBytes,
  );
  const commentary = useCommentaryState(
    loaded.kind === 'ready' ? loaded.workspace.hosted : null,
    commentaryStore,
    commentaryFetch,
  );
  const provided = useMemo(
    () => (loaded.kind === 'ready' ? { data: loaded.data, now } : null),
    [loaded, now],
  );
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // The URL hash holds the view state, so move focus without changing it.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to main content
      </a>
      <header className="site-header">
        <p className="site-header__name">{SERVICE}</p>
      </header>
      <MainNav
        items={nav}
        current={hash.state.view === 'indicator' ? 'overview' : hash.state.view}
      />
      <div className="page">
        <main id="main" tabIndex={-1}>
          {loaded.kind === 'loading' && (
            <>
              <h1>{VIEW_TITLES[hash.state.view]}</h1>
              <p role="status">Loading the scorecard&hellip;</p>
            </>
          )}
          {loaded.kind === 'failed' && (
            <>
              <h1>The scorecard could not be shown</h1>
              <Notice title="There is a problem with the data" tone="problem">
                <ul>
                  {loaded.problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              </Notice>
            </>
          )}
          {provided && (
            <ScorecardDataContext.Provider value={provided}>
              <WorkspaceContext.Provider value={loaded.kind === 'ready' ? loaded.workspace : null}>
                <CommentaryContext.Provider value={commentary}>
                  <Screens hash={hash} />
                </CommentaryContext.Provider>
              </WorkspaceContext.Provider>
            </ScorecardDataContext.Provider>
          )}
        </main>
      </div>
    </>
  );
}

/** The view the URL asks for, with its header, filters and any notices about the link. */
function Screens({ hash }: { hash: HashState }) {
  const { state, problems, navigate, hrefFor } = hash;
  const { data } = useScorecardData();
  const model = useScorecardModel(state);
  const frame = useFrame(state, model);
  const heading = useRef<HTMLHeadingElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const shownView = useRef<string | null>(null);

  useEffect(() => {
    if (state.version === null && problems.length === 0)
      navigate({ version: data.version }, { replace: true });
  }, [state.version, problems.length, data.version, navigate]);

  const page = useIndicatorPage(state, model);
  const commentary = useIndicatorCommentary(
    state.view === 'indicator' ? state.indicator : null,
    model,
  );
  const spcSettings = useIndicatorSpc(state.view === 'indicator' ? state.indicator : null, model);
  const title =
    state.view === 'indicator' ? (page?.title ?? 'Indicator not found') : VIEW_TITLES[state.view];
  const place = `${model.selection.areaName}, ${model.selection.period ?? 'no period'}`;

  // Page titles follow the view; a change of view is announced and focus moves to its heading.
  useEffect(() => {
    document.title = `${title} – ${place} – ${SERVICE}`;
  }, [title, place]);
  useEffect(() => {
    const view = `${state.view}/${state.indicator ?? ''}`;
    const previous = shownView.current;
    shownView.current = view;
    // Not on the first view of a visit, and only when the view really changed.
    if (previous === null || previous === view) return;
    setAnnouncement(`${title}, ${place}`);
    heading.current?.focus();
    // Only a change of view or indicator moves focus; filter changes do not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.view, state.indicator]);

  const onFilter = (change: FilterChange): void => {
    const next: Partial<ViewState> = {};
    if (change.council !== undefined) Object.assign(next, { area: change.council, period: null });
    if (change.period !== undefined) Object.assign(next, { period: change.period });
    if (change.section !== undefined)
      Object.assign(next, { sections: change.section === '' ? [] : [change.section] });
    if (change.statuses !== undefined) Object.assign(next, { statuses: change.statuses });
    if (change.search !== undefined) Object.assign(next, { search: change.search });
    navigate(next, { replace: change.search !== undefined });
  };
  const onSort = (key: SortKey): void => {
    navigate({ sort: key, sortDescending: state.sort === key ? !state.sortDescending : false });
  };

  const printCss = useMemo(
    () => pageCss(printHeader(frame.context, title), state.orientation),
    [frame.context, title, state.orientation],
  );
  const printable = state.view !== 'data';
  const filterShow =
    state.view === 'indicator' || state.view === 'pack'
      ? { sections: false, statuses: false, search: false }
      : {};

  const linkProblems = [...problems, ...model.selection.problems];
  const outdated = state.version !== null && state.version !== data.version;

  return (
    <div className={`view view--${state.view} print--${state.orientation}`}>
      {printable && <PrintSetup css={printCss} />}
      <h1 ref={heading} tabIndex={-1} className="page-title">
        {title}
      </h1>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <DataFaultsNotice faults={data.faults} />
      {linkProblems.length > 0 && (
        <Notice title="This link could not be followed exactly" tone="problem">
          <ul>
            {linkProblems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </Notice>
      )}
      {outdated && (
        <Notice title="The data has changed since this link was made">
          <p>
            The figures below are the current ones. They may differ from what the person who shared
            the link saw.
          </p>
          <p>
            <button
              type="button"
              className="button"
              onClick={() => {
                navigate({ version: data.version }, { replace: true });
              }}
            >
              Understood: show the current figures
            </button>
          </p>
        </Notice>
      )}
      {/* The Data page is about files, not one council's figures: no scorecard header there. */}
      {printable && <ContextBar context={frame.context} />}
      {printable && (
        <div className="toolbar">
          <FilterDisclosure summary={filterSummary(frame.filters, filterShow)}>
            <FilterBar filters={frame.filters} onChange={onFilter} show={filterShow} />
          </FilterDisclosure>
          <PrintBar
            orientation={state.orientation}
            onOrientation={(orientation) => {
              navigate({ orientation }, { replace: true });
            }}
            onPrint={() => {
              window.print();
            }}
            {...(state.view === 'pack' ? { label: 'Print the committee pack' } : {})}
          />
        </div>
      )}
      <ViewBoundary
        key={`${state.view}/${state.indicator ?? ''}`}
        homeHref={hrefFor({ view: 'overview', indicator: null })}
      >
        {state.view === 'overview' && <Overview state={state} model={model} />}
        {state.view === 'table' && <Table state={state} model={model} onSort={onSort} />}
        {state.view === 'exceptions' && <Exceptions state={state} model={model} />}
        {state.view === 'indicator' &&
          (page ? (
            <IndicatorPage
              page={page}
              showTables={state.tables}
              onShowTables={(tables) => {
                navigate({ tables });
              }}
              backHref={hrefFor({ view: 'overview', indicator: null })}
              commentary={commentary}
              spcSettings={spcSettings}
            />
          ) : unknownIndicator(data, state) ? (
            // The link names an indicator this scorecard does not have: the notice above says
            // so, and the overview is shown instead.
            <Overview state={{ ...state, view: 'overview' }} model={model} />
          ) : (
            <p>
              The data has no indicator called &ldquo;{state.indicator}&rdquo;.{' '}
              <a href={hrefFor({ view: 'overview', indicator: null })}>Go to the overview</a>.
            </p>
          ))}
        {state.view === 'data' && (
          <Suspense fallback={<p role="status">Loading the Data page&hellip;</p>}>
            <DataPage
              onVersionChange={(version) => {
                navigate({ version }, { replace: true });
              }}
            />
          </Suspense>
        )}
        {state.view === 'pack' && <Pack state={state} model={model} navigate={navigate} />}
      </ViewBoundary>
    </div>
  );
}

type ScreenProps = { state: ViewState; model: ReturnType<typeof useScorecardModel> };

function Overview({ state, model }: ScreenProps) {
  const overview = useOverview(state, model);
  usePaintedMark(MARK_OVERVIEW_PAINTED);
  // After the overview is on screen, fetch the indicator page's charts while nothing else runs,
  // and draw the first indicator's charts off screen once (so recharts' code is compiled).
  const { data } = useScorecardData();
  useEffect(
    () => preloadIndicatorChartsWhenIdle(() => firstIndicatorPage(data, model)),
    [data, model],
  );
  return <OverviewPage overview={overview} />;
}

function Table({ state, model, onSort }: ScreenProps & { onSort: (key: SortKey) => void }) {
  const table = useTable(state, model);
  return (
    <>
      <StatusKey collapsible />
      <TablePage
        table={table}
        sort={state.sort}
        descending={state.sortDescending}
        onSort={onSort}
      />
    </>
  );
}

function Pack({ state, model, navigate }: ScreenProps & { navigate: HashState['navigate'] }) {
  const pack = usePack(state, model);
  return (
    <PackPage
      pack={pack}
      onParts={(parts) => {
        navigate({ packParts: parts }, { replace: true });
      }}
      onDetail={(ids) => {
        navigate({ packDetail: ids }, { replace: true });
      }}
    />
  );
}

function Exceptions({ state, model }: ScreenProps) {
  const sections = useExceptions(state, model);
  const due = useCommentaryDue(model);
  return (
    <>
      <StatusKey collapsible />
      <ExceptionsPage sections={sections} due={due} />
    </>
  );
}
