import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, TODAY } from '../../tests/support/default-data';
import { diskLoader } from '../../tests/support/app-loader';
import { parseConfig } from '../domain/model';
import { App } from './App';
import { warmUp } from './warm-up';

const config = () => {
  const { config } = parseConfig(JSON.parse(readFileSync(join(DATA_DIR, 'config.json'), 'utf8')));
  if (!config) throw new Error('config.json did not parse');
  return config;
};
const never = new Promise<never>(() => undefined);

describe('warming the overview up while the data loads', () => {
  it('draws every made-up indicator through the real hooks and components, and leaves nothing', async () => {
    expect(await warmUp(config(), TODAY, never)).toBe(8);
    expect(document.body).toBeEmptyDOMElement();
  });

  it.each([
    ['before it starts drawing', 0],
    ['while it draws', 1],
  ])('stops when the data arrives %s, and leaves nothing', async (_, ticks) => {
    let arrive: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => {
      arrive = resolve;
    });
    const warming = warmUp(config(), TODAY, arrived);
    for (let i = 0; i < ticks; i++)
      await new Promise((resolve) => {
        setTimeout(resolve, 0);
      });
    arrive();
    expect(await warming).toBe(0);
    expect(document.body).toBeEmptyDOMElement();
  });

  it('is started as the files are read, and the app then shows only the real data', async () => {
    const started: string[] = [];
    render(
      <App
        loadDependencies={() => ({
          ...diskLoader(),
          whileImporting: (c) => started.push(c.authority),
        })}
      />,
    );
    await screen.findByRole('region', { name: 'About these figures' }, { timeout: 20_000 });
    expect(started).toEqual(['E09000015']);
    expect(screen.getAllByRole('article')).toHaveLength(25);
    expect(screen.queryByText(/Warm-up/)).not.toBeInTheDocument();
  }, 30_000);
});
