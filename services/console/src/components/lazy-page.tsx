import { Skeleton } from 'antd';
import { lazy, Suspense, type ComponentType } from 'react';

/** A page loaded with its own chunk the first time it opens, so a workspace's first screen carries only itself. */
export function lazyPage(load: () => Promise<ComponentType>) {
  const Page = lazy(async () => ({ default: await load() }));
  return function LazyPage() {
    return (
      <Suspense fallback={<Skeleton active />}>
        <Page />
      </Suspense>
    );
  };
}
