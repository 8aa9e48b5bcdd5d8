/**
 * The 打印 and 通报 views, loaded when a clerk first opens one of them: the paper's and the
 * bulletin's code (src/app/print, src/domain/report, src/domain/bulletin, src/workbook/print)
 * is one chunk of its own (print.*.js, from the add-in's own origin like docx.*.js), so the task
 * pane starts without it. A chunk that cannot be fetched (the network dropped, the add-in was
 * redeployed while the pane stayed open) says so in Chinese instead of leaving a blank tab.
 */
import { Component, Suspense, lazy, type ReactNode } from 'react';
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { WorkbookHost } from '../../app/port';
import { strings } from '../strings';

const PrintView = lazy(() => import(/* webpackChunkName: "print" */ './PrintView').then((m) => ({ default: m.PrintView })));
const BulletinView = lazy(() => import(/* webpackChunkName: "print" */ './BulletinView').then((m) => ({ default: m.BulletinView })));

class LoadFailure extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>{strings.lazy.failed}</MessageBarBody>
      </MessageBar>
    );
  }
}

function Lazily({ children }: { children: ReactNode }) {
  return (
    <LoadFailure>
      <Suspense fallback={<Spinner size="small" label={strings.lazy.loading} />}>{children}</Suspense>
    </LoadFailure>
  );
}

export function LazyPrintView({ port }: { port: WorkbookHost }) {
  return (
    <Lazily>
      <PrintView port={port} />
    </Lazily>
  );
}

export function LazyBulletinView({ port }: { port: WorkbookHost }) {
  return (
    <Lazily>
      <BulletinView port={port} />
    </Lazily>
  );
}
