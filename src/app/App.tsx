import { Tile } from '../components/Tile';
import { useOverview } from '../data/useOverview';
import './App.css';

export function App() {
  const overview = useOverview();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <p className="site-header__name">Children&rsquo;s services scorecard</p>
      </header>
      <main id="main" tabIndex={-1} className="page">
        <h1>Overview</h1>
        {overview.state === 'loading' && <p role="status">Loading the scorecard&hellip;</p>}
        {overview.state === 'error' && (
          <p role="alert" className="error">
            {overview.message}
          </p>
        )}
        {overview.state === 'ready' && (
          <ul className="tiles" aria-label="Indicators">
            {overview.data.tiles.map((tile) => (
              <li key={tile.id}>
                <Tile tile={tile} />
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}
