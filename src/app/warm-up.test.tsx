import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, TODAY } from '../../tests/support/default-data';
import { diskLoader } from '../../tests/support/app-loader';
import { parseConfig } from '../domain/config';
import { App } from './App';
import { renderWarmUp } from './warm-up';

const config = () => {
  const { config } = parseConfig(JSON.parse(readFileSync(join(DATA_DIR, 'config.json'), 'utf8')));
  if (!config) throw new Error('config.json did not parse');
  return config;
};

describe('warming the overview up while the data loads', () => {
  it('draws every made-up indicator through the real hooks and components', () => {
    expect(renderWarmUp(config(), TODAY)).toBe(8);
  });

  it('leaves nothing in the page', () => {
    renderWarmUp(config(), TODAY);
    expect(document.body).toBeEmptyDOMElement();
  });

  it('runs while the files are read, and the app then shows only the real data', async () => {
    let warmed = 0;
    render(
      <App
        loadDependencies={() => ({
          ...diskLoader(),
          whileImporting: (c, now) => {
            warmed += renderWarmUp(c, now);
          },
        })}
      />,
    );
    await screen.findByRole('region', { name: 'About these figures' }, { timeout: 20_000 });
    expect(warmed).toBe(8);
    expect(screen.getAllByRole('article')).toHaveLength(25);
    expect(screen.queryByText(/Warm-up/)).not.toBeInTheDocument();
  }, 30_000);
});
