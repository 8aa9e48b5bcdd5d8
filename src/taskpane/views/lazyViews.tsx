/**
 * The 收集 and 核对 tabs, loaded when first opened: their views and use cases (the checks, the
 * forms, the history) come with the progress chunk (progress.*.js, which the 进度 view loads: it
 * needs the checks for its warning), not with the pane's start (test/compat/bundleBudget.test.ts). A
 * chunk that cannot be fetched (the network dropped, the add-in updated meanwhile) is said in
 * Chinese, not shown as a blank tab.
 */
import { Component, lazy, Suspense, type ReactNode } from 'react';
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { strings } from '../strings';

const chunk = () => import(/* webpackChunkName: "progress" */ './collectTabs');

export const LazyCollectView = lazy(() => chunk().then((m) => ({ default: m.CollectView })));
export const LazyCheckView = lazy(() => chunk().then((m) => ({ default: m.CheckView })));

class LoadFailure extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>{strings.errors.viewLoad}</MessageBarBody>
      </MessageBar>
    );
  }
}

/** A lazily loaded tab, with a spinner while it loads and a message if it cannot. */
export function LazyTab({ children }: { children: ReactNode }) {
  return (
    <LoadFailure>
      <Suspense fallback={<Spinner size="small" label={strings.progress.loading} />}>{children}</Suspense>
    </LoadFailure>
  );
}
