import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { appLoadDependencies } from './app/warm-up';
import { startImportWorker } from './hooks/import-client';
import { startLoading } from './hooks/useScorecardData';

// The data is fetched and read while React draws the first frame, not after it.
startImportWorker();
startLoading(appLoadDependencies);

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
