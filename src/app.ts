import type { PropsWithChildren } from 'react';
import { initCloud } from './services';
import './app.scss';

// Once per launch, before any page calls a cloud function (weapp only; H5 uses /api/<fn>).
initCloud();

function App({ children }: PropsWithChildren) {
  // children is the page being rendered
  return children;
}

export default App;
