import { useEffect, useState } from 'react';
import { formatValue } from '../domain/format';
import { parseIndicatorsCsv } from '../domain/indicators-csv';
import type { RagStatus } from '../domain/rag';

/** Everything a tile shows, already worded and formatted: components only render it. */
export interface TileModel {
  readonly id: string;
  readonly title: string;
  readonly period: string;
  readonly valueText: string;
  readonly targetText: string;
  readonly status: RagStatus;
}

export type Loadable<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly message: string }
  | { readonly state: 'ready'; readonly data: T };

/** Data files are read at run time from `public/data/`, next to the built page. */
export const DATA_URL = 'data/indicators.csv';

export function useOverview(fetchText: (url: string) => Promise<string> = defaultFetchText) {
  const [result, setResult] = useState<Loadable<{ tiles: TileModel[] }>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    fetchText(DATA_URL)
      .then((text) => {
        const { indicators } = parseIndicatorsCsv(text);
        const tiles = indicators.map((item) => ({
          id: item.id,
          title: item.title,
          period: item.period,
          valueText: item.value === null ? 'Not provided' : formatValue(item.value, item.unit, 1),
          targetText:
            item.target === null ? 'No target set' : formatValue(item.target, item.unit, 0),
          status: item.status,
        }));
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
