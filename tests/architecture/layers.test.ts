/**
 * The import rules that keep the domain's rooms apart (eslint.config.js, layerRules) bite: each
 * deliberate wrong import below is an error, and each right one is not.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const configUrl = pathToFileURL(join(ROOT, 'eslint.config.js')).href;
const { layerRules } = (await import(configUrl)) as { layerRules: Linter.Config[] };

const eslint = new ESLint({
  cwd: ROOT,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser } },
    ...layerRules,
  ],
});

async function restricted(file: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${specifier}';\nexport { x };\n`, {
    filePath: join(ROOT, file),
  });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('the domain rooms import only downwards, and only through a room face', () => {
  it.each([
    // [file, import, allowed]
    ['src/domain/model/periods.ts', './types', true],
    ['src/domain/model/periods.ts', '../import', false],
    ['src/domain/model/periods.ts', '../assess', false],
    ['src/domain/model/periods.ts', '../workspace/publish', false],
    ['src/domain/import/layout-tidy.ts', '../model', true],
    ['src/domain/import/layout-tidy.ts', '../model/types', false],
    ['src/domain/import/layout-tidy.ts', '../assess', false],
    ['src/domain/import/layout-tidy.ts', '../workspace', false],
    ['src/domain/assess/rag.ts', '../model', true],
    ['src/domain/assess/rag.ts', '../import', false],
    ['src/domain/assess/rag.ts', '../workspace', false],
    ['src/domain/workspace/publish.ts', '../import', true],
    ['src/domain/workspace/publish.ts', '../import/layout-areas', false],
    ['src/domain/workspace/publish.ts', '../assess', false],
    ['src/domain/assess/rag.ts', 'react', false],
    ['src/domain/model/types.ts', '../../hooks/url-state', false],
    ['src/hooks/useScreens.ts', '../domain/assess', true],
    ['src/hooks/useScreens.ts', '../domain/assess/rag', false],
    ['src/app/App.tsx', '../domain/model/types', false],
    ['tests/import/helpers.ts', '../../src/domain/testing/build', true],
    ['src/workers/import.worker.ts', '../domain/import', true],
    ['src/workers/import.worker.ts', '../storage/workspace-store', true],
    ['src/workers/import.worker.ts', '../hooks/useWorkspace', false],
    ['src/workers/import.worker.ts', '../domain/import/staging', false],
  ])('%s importing %s: allowed %s', async (file, specifier, allowed) => {
    const messages = await restricted(file, specifier);
    if (allowed) expect(messages).toEqual([]);
    else expect(messages.length).toBeGreaterThan(0);
  });
});
