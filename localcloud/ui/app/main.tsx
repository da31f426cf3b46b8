// The emulator UI (/__ui): one page with a tab per part of the local cloud and the clock in the header.
// Bundled by ../bundle.ts; it talks only to /__ui/api/… and never imports the product (src/).
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ClockBar } from './ClockBar';
import { Collections } from './Collections';
import { Blocklist, Outbox, Storage } from './Files';
import { Functions } from './Functions';
import { Requests } from './Requests';
import './style.css';

const TABS = [
  ['collections', 'Collections', Collections],
  ['requests', 'Requests', Requests],
  ['functions', 'Functions', Functions],
  ['outbox', 'Outbox', Outbox],
  ['storage', 'Storage', Storage],
  ['blocklist', 'Blocklist', Blocklist],
] as const;

type Tab = (typeof TABS)[number][0];

const tabOfHash = (): Tab => (TABS.find(([id]) => `#${id}` === window.location.hash)?.[0] ?? 'collections') as Tab;

function App() {
  const [tab, setTab] = useState<Tab>(tabOfHash);
  useEffect(() => {
    const on = () => setTab(tabOfHash());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  const Panel = TABS.find(([id]) => id === tab)?.[2] ?? Collections;
  return (
    <>
      <header>
        <h1>Local cloud</h1>
        <nav className='tabs' role='tablist'>
          {TABS.map(([id, label]) => (
            <a key={id} role='tab' aria-selected={id === tab} href={`#${id}`} className={id === tab ? 'tab active' : 'tab'}>
              {label}
            </a>
          ))}
        </nav>
        <ClockBar />
      </header>
      <main>
        <Panel />
      </main>
    </>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<App />);
