// The one react-dom entry the page uses (the project has no @types/react-dom: Taro renders through @tarojs/react).
declare module 'react-dom/client' {
  import type { ReactNode } from 'react';

  export interface Root {
    render(children: ReactNode): void;
    unmount(): void;
  }
  export function createRoot(container: Element): Root;
}
