/**
 * All view state lives in the URL hash, so any static host works and a copied link reopens
 * exactly the same view. Pure functions: parseHash reads `#/view/…?key=value…` into a
 * ViewState (collecting every problem with the link instead of failing), and toHash writes it
 * back in one canonical form (only values that differ from the defaults).
 */
import { RAG_RATING_STATUSES, type RagRatingStatus } from '../domain/assess';
import {
  isSnAverage,
  isSnModel,
  type AreaCode,
  type IndicatorId,
  type PeriodKey,
  type SnAverage,
  type SnModel,
} from '../domain/model';

export const VIEW_NAMES = ['overview', 'table', 'indicator', 'exceptions', 'pack', 'data'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

/** A status the link can filter by: any status the RAG engine gives. */
export type StatusFilter = RagRatingStatus;
export const STATUS_FILTERS: readonly StatusFilter[] = RAG_RATING_STATUSES;

/** How the printed page is laid: the print bar's choice, kept in the link. */
export const ORIENTATIONS = ['landscape', 'portrait'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

export const SORT_KEYS = ['ref', 'indicator', 'status', 'direction'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface ViewState {
  readonly view: ViewName;
  /** Indicator id, for the indicator page. */
  readonly indicator: IndicatorId | null;
  /** Council (canonical area code); null means the configured authority. */
  readonly area: AreaCode | null;
  /** Period key; null means the latest period for the council. */
  readonly period: PeriodKey | null;
  /** Section ids to show; empty means all. */
  readonly sections: readonly string[];
  /** Statuses to show; empty means all. */
  readonly statuses: readonly StatusFilter[];
  readonly search: string;
  readonly sort: SortKey;
  readonly sortDescending: boolean;
  /** Indicator page: show the charts' data as tables instead of charts. */
  readonly tables: boolean;
  /** Statistical-neighbour model and average; null means the configured default. */
  readonly snModel: SnModel | null;
  readonly snAverage: SnAverage | null;
  /** Committee pack: which parts to include and which indicators get a half page. */
  readonly packParts: readonly string[] | null;
  readonly packDetail: readonly string[] | null;
  /** Paper orientation when printed (A4). */
  readonly orientation: Orientation;
  /** Dataset version (content hash) the link was made against. */
  readonly version: string | null;
}

export const DEFAULT_STATE: ViewState = {
  view: 'overview',
  indicator: null,
  area: null,
  period: null,
  sections: [],
  statuses: [],
  search: '',
  sort: 'ref',
  sortDescending: false,
  tables: false,
  snModel: null,
  snAverage: null,
  packParts: null,
  packDetail: null,
  orientation: 'landscape',
  version: null,
};

export interface ParsedHash {
  readonly state: ViewState;
  /** Plain-English problems with the link; the state falls back to defaults for those parts. */
  readonly problems: readonly string[];
}

const list = (value: string | null): string[] =>
  value === null || value === '' ? [] : value.split(',').filter((item) => item !== '');

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** Reads a location hash such as `#/indicator/CSC-ASSESS-45?la=E09000015&period=2025-26+Q2`. */
export function parseHash(hash: string): ParsedHash {
  const problems: string[] = [];
  const text = hash.replace(/^#/, '');
  const [pathPart = '', queryPart = ''] = text.split('?', 2);
  const segments = pathPart
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
  const params = new URLSearchParams(queryPart);

  let view: ViewName = 'overview';
  let indicator: string | null = null;
  const [first, second] = segments;
  if (first !== undefined) {
    if (isOneOf(VIEW_NAMES, first)) view = first;
    else
      problems.push(
        `The link asks for a page called "${first}", which this scorecard does not have.`,
      );
  }
  if (view === 'indicator') {
    if (second) indicator = second;
    else {
      problems.push('The link asks for an indicator page but does not say which indicator.');
      view = 'overview';
    }
  }

  const statuses: StatusFilter[] = [];
  for (const status of list(params.get('status'))) {
    if (isOneOf(STATUS_FILTERS, status)) statuses.push(status);
    else problems.push(`"${status}" is not a status the scorecard can filter by.`);
  }

  let sort: SortKey = DEFAULT_STATE.sort;
  const orient = params.get('orient') ?? '';
  const sortText = params.get('sort');
  if (sortText !== null) {
    if (isOneOf(SORT_KEYS, sortText)) sort = sortText;
    else problems.push(`The table cannot be sorted by "${sortText}".`);
  }

  let snModel: SnModel | null = null;
  const modelText = params.get('sn');
  if (modelText !== null && modelText !== '') {
    if (isSnModel(modelText)) snModel = modelText;
    else problems.push(`"${modelText}" is not a statistical-neighbour model in the data.`);
  }

  let snAverage: SnAverage | null = null;
  const averageText = params.get('avg');
  if (averageText !== null) {
    if (isSnAverage(averageText)) snAverage = averageText;
    else problems.push(`"${averageText}" is not an average the scorecard knows (mean or median).`);
  }

  const optional = (key: string): string | null => {
    const value = params.get(key);
    return value === null || value === '' ? null : value;
  };
  const packParts = params.has('parts') ? list(params.get('parts')) : null;
  const packDetail = params.has('detail') ? list(params.get('detail')) : null;

  return {
    state: {
      view,
      indicator,
      area: optional('la'),
      period: optional('period'),
      sections: list(params.get('section')),
      statuses,
      search: params.get('q') ?? '',
      sort,
      sortDescending: params.get('dir') === 'desc',
      tables: params.get('show') === 'tables',
      snModel,
      snAverage,
      packParts,
      packDetail,
      orientation: isOneOf(ORIENTATIONS, orient) ? orient : 'landscape',
      version: optional('v'),
    },
    problems,
  };
}

/** Writes the canonical hash for a state; defaults are left out so links stay short. */
export function toHash(state: ViewState): string {
  const path =
    state.view === 'indicator' && state.indicator !== null
      ? `#/indicator/${encodeURIComponent(state.indicator)}`
      : `#/${state.view}`;
  // Built by hand rather than with URLSearchParams: every tile link is written on each render.
  const pairs: string[] = [];
  const put = (key: string, value: string | null, keepEmpty = false): void => {
    if (value === null || (value === '' && !keepEmpty)) return;
    // Commas separate list items; they are safe in a query, so links stay readable.
    pairs.push(`${key}=${encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%20/g, '+')}`);
  };
  put('la', state.area);
  put('period', state.period);
  put('section', state.sections.join(','));
  put('status', state.statuses.join(','));
  put('q', state.search);
  if (state.sort !== DEFAULT_STATE.sort) put('sort', state.sort);
  if (state.sortDescending) put('dir', 'desc');
  if (state.tables) put('show', 'tables');
  put('sn', state.snModel);
  put('avg', state.snAverage);
  if (state.packParts !== null) put('parts', state.packParts.join(','), true);
  if (state.packDetail !== null) put('detail', state.packDetail.join(','), true);
  if (state.orientation === 'portrait') put('orient', 'portrait');
  put('v', state.version);
  return pairs.length === 0 ? path : `${path}?${pairs.join('&')}`;
}
