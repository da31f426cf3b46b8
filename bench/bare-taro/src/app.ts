// The bare Taro app the bench compares the product's main package against: same toolchain, nothing else.
import { PropsWithChildren } from 'react';

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
