import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fileData } from '../../tests/workspace/helpers';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '../domain/model';
import { assembleScorecard } from '../domain/import';
import { useWorkspaceState, type Workspace } from './useWorkspace';
import { memoryStore, type WorkspaceStore } from '../storage/workspace-store';

const HARROW = 'E09000015';
const NOW = new Date(2026, 11, 7);
const read = (name: string) =>
  new Uint8Array(readFileSync(join(process.cwd(), 'public/data', name)));

/** The hosted register and definitions with one published figure (quick to assemble). */
function smallHosted() {
  const { config } = parseConfig(JSON.parse(new TextDecoder().decode(read('config.json'))));
  if (!config) throw new Error('public/data/config.json does not parse');
  const files = new Map(config.files.map((f) => [f.path, read(f.path)]));
  files.set(
    'published.csv',
    new TextEncoder().encode(
      `indicator,period,area_code,value\nCSC-REREF,2024-25,${HARROW},16.1\n`,
    ),
  );
  return assembleScorecard(config, files, NOW);
}
const hosted = smallHosted();
const contextOf = () => ({
  now: NOW,
  areas: hosted.dataset.areas,
  indicators: hosted.dataset.indicators,
});

/** A memory store that says it is a database, so tabs over it hear each other's changes. */
const sharedStore = (name: string): WorkspaceStore => ({ ...memoryStore(), database: name });

function openTab(store: WorkspaceStore) {
  const { result } = renderHook(() => useWorkspaceState(hosted, store));
  return result;
}

const ready = async (tab: { current: Workspace | null }): Promise<Workspace> => {
  await waitFor(() => {
    expect(tab.current).not.toBeNull();
  });
  const workspace = tab.current;
  if (!workspace) throw new Error('not ready');
  return workspace;
};

const file = (name: string, value: string) =>
  fileData(
    name,
    `indicator,period,area_code,value\nCSC-REREF,2025-26 Q3,${HARROW},${value}\n`,
    contextOf(),
  );

describe('two tabs over one workspace', () => {
  it('keeps both imports when two tabs apply at once, and Undo removes only the last', async () => {
    const store = sharedStore(`two-tabs-${String(Math.random())}`);
    const a = openTab(store);
    const b = openTab(store);
    const [tabA, tabB] = [await ready(a), await ready(b)];
    // Both tabs start from an empty workspace and apply without hearing of the other first.
    await act(async () => {
      await Promise.all([
        tabA.apply([file('a.csv', '11')], new Map(), NOW),
        tabB.apply([file('b.csv', '12')], new Map(), NOW),
      ]);
    });
    const stored = await store.loadImports();
    expect(stored.map((i) => [i.id, i.files[0]?.fileName])).toEqual([
      [1, 'a.csv'],
      [2, 'b.csv'],
    ]);
    // Each tab hears of the other's import and shows both.
    await waitFor(() => {
      expect(a.current?.imports.map((i) => i.id)).toEqual([1, 2]);
      expect(b.current?.imports.map((i) => i.id)).toEqual([1, 2]);
    });
    expect(a.current?.changedElsewhere).toMatch(/changed in another tab/);
    await act(async () => {
      await b.current?.undoLast();
    });
    expect((await store.loadImports()).map((i) => i.files[0]?.fileName)).toEqual(['a.csv']);
    await waitFor(() => {
      expect(a.current?.imports.map((i) => i.id)).toEqual([1]);
    });
  }, 30_000);

  it('refuses an id another tab holds instead of overwriting its import', async () => {
    const store = memoryStore();
    const first = { id: 1, appliedAt: '', files: [], decisions: new Map(), hostedVersion: '' };
    await store.addImport(first);
    await expect(store.addImport({ ...first, appliedAt: 'later' })).rejects.toThrow(
      /numbered 1 is kept already/,
    );
    expect((await store.loadImports())[0]?.appliedAt).toBe('');
  });
});

describe('SPC settings in the workspace', () => {
  const settings = {
    run: 7 as const,
    baselines: new Map([['CSC-REREF', 14]]),
    recalculations: new Map([['CSC-REREF', ['2023-24 Q1']]]),
    reasons: new Map([['CSC-REREF', new Map([['2023-24 Q1', 'new front-door model']])]]),
  };

  it('lays saved settings over the hosted config, keeps them, tells the other tab, and undoes', async () => {
    const store = sharedStore('spc-two-tabs');
    const a = openTab(store);
    const b = openTab(store);
    const first = await ready(a);
    await ready(b);
    expect(first.spc).toBeNull();
    expect(first.data.config.spc).toBe(hosted.config.spc);
    expect(first.undoSpc).toBeNull();

    await act(() => first.saveSpc(settings));
    expect(a.current?.spc).toBe(settings);
    expect(a.current?.data.config.spc).toBe(settings);
    // Kept in the store, so a reload reads it.
    expect(await store.loadSpc()).toBe(settings);
    // The other tab hears the change and re-reads it.
    await waitFor(() => {
      expect(b.current?.data.config.spc).toEqual(settings);
    });
    expect(b.current?.changedElsewhere).not.toBeNull();

    const undo = a.current?.undoSpc;
    if (!undo) throw new Error('no undo after a save');
    await act(() => undo());
    expect(a.current?.spc).toBeNull();
    expect(a.current?.data.config.spc).toBe(hosted.config.spc);
    expect(await store.loadSpc()).toBeNull();
    expect(a.current?.undoSpc).toBeNull();
  });

  it('is replaced with a workspace file, and put back by undoing the replacement', async () => {
    const store = sharedStore('spc-replace');
    await store.saveSpc(settings);
    const tab = openTab(store);
    const workspace = await ready(tab);
    expect(workspace.data.config.spc).toEqual(settings);
    await act(() =>
      workspace.replaceWith({
        imports: [],
        mappings: [],
        hostedVersion: '',
        exportedAt: '',
        spc: null,
      }),
    );
    expect(tab.current?.spc).toBeNull();
    expect(await store.loadSpc()).toBeNull();
    const undoReplace = tab.current?.undoReplace;
    if (!undoReplace) throw new Error('no undo after a replacement');
    await act(() => undoReplace());
    expect(tab.current?.spc).toEqual(settings);
    expect(await store.loadSpc()).toEqual(settings);
  });
});
