import { useEffect, useState } from 'react';
import { formatValue } from '../domain/format';
import { parseIndicatorsCsv } from '../domain/indicators-csv';
import type { RagStatus } from '../domain/rag';
import type { TileView } from './view-models';

const STATUS_LABELS: Record<RagStatus, string> = {
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
  'not-rated': 'Not rated',
  'no-target': 'No target set',
};

export type Loadable<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly message: string }
  | { readonly state: 'ready'; readonly data: T };

/** Data files are read at run time from `public/data/`, next to the built page. */
export const DATA_URL = 'data/indicators.csv';

export function useOverview(fetchText: (url: string) => Promise<string> = defaultFetchText) {
  const [result, setResult] = useState<Loadable<{ tiles: TileView[] }>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    fetchText(DATA_URL)
      .then((text) => {
        const { indicators } = parseIndicatorsCsv(text);
        const tiles = indicators.map(
          (item): TileView => ({
            id: item.id,
            title: item.title,
            periodText: `in ${item.period}`,
            valueText: item.value === null ? 'Not provided' : formatValue(item.value, item.unit, 1),
            targetText:
              item.target === null
                ? 'No target set'
                : `Target: ${formatValue(item.target, item.unit, 0)}`,
            status: { kind: item.status, label: STATUS_LABELS[item.status], detail: '' },
            direction: { kind: 'no-earlier', label: 'No earlier figure', detail: '', movement: null },
            comparators: [],
            sparkline: null,
            sentence: `${item.title}: ${STATUS_LABELS[item.status]}.`,
            illustrative: false,
            href: `#/indicator/${encodeURIComponent(item.id)}`,
          }),
        );
        if (live) setResult({ state: 'ready', data: { tiles } });
      })
      .catch((error: unknown) => {
        if (live)
          setResult({
            state: 'error',
            message: `The scorecard data could not be read (${error instanceof Error ? error.message : String(error)}).`,
          });
      });
    return () => {
      live = false;
    };
  }, [fetchText]);
  return result;
}

async function defaultFetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}
