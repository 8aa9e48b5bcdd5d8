/**
 * The task pane's app: the 导入, 进度, 收集, 核对, 打印 and 通报 tabs (the code behind the last four
 * is fetched when first used: src/taskpane/loadPrintUseCases.ts, views/lazyViews.tsx). It never
 * touches Office.js; it works on the
 * WorkbookHost it is given (Office.js in Excel, the in-memory double in tests and the e2e harness).
 */
import { useState } from 'react';
import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import type { LoadFileWorkbooks } from '../app/collect/fileWorkbooks';
import type { WorkbookHost } from '../app/port';
import { strings } from './strings';
import type { ImportUseCases } from './useImport';
import { lazyImportUseCases } from './useCases';
import { LazyCheckView, LazyCollectView, LazyTab } from './views/lazyViews';
import { ImportView } from './views/ImportView';
import { BulletinView } from './views/BulletinView';
import { PrintView } from './views/PrintView';
import { ProgressView } from './views/ProgressView';

const defaultUseCases: ImportUseCases = lazyImportUseCases;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    minWidth: 0,
    boxSizing: 'border-box',
  },
  panel: { padding: `0 ${tokens.spacingHorizontalXS}` },
});

type TabId = 'import' | 'progress' | 'collect' | 'check' | 'print' | 'bulletin';

export interface AppProps {
  port: WorkbookHost;
  /** The import use cases; the real ones unless a harness wants to observe or stub them. */
  useCases?: ImportUseCases;
  /** The .xlsx files (forms out, forms back), loaded on first use; without it the pane writes
   *  forms as sheets and reads .csv files only. */
  loadFiles?: LoadFileWorkbooks;
}

export function App({ port, useCases = defaultUseCases, loadFiles }: AppProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>('import');
  // The import's next step: the 进度 tab builds the progress sheets, for the document's year.
  const [build, setBuild] = useState<{ year: number | null; run: number } | null>(null);
  // Who is at the keyboard (Excel's API has no user name), shared by 收集 and 核对.
  const [clerk, setClerk] = useState('');
  const [collectOpened, setCollectOpened] = useState(false);
  return (
    <div className={styles.root}>
      <TabList
        selectedValue={tab}
        onTabSelect={(_, data) => {
          setTab(data.value as TabId);
          if (data.value === 'collect') setCollectOpened(true);
        }}
      >
        <Tab value="import">{strings.tabs.import}</Tab>
        <Tab value="progress">{strings.tabs.progress}</Tab>
        <Tab value="collect">{strings.tabs.collect}</Tab>
        <Tab value="check">{strings.tabs.check}</Tab>
        <Tab value="print">{strings.tabs.print}</Tab>
        <Tab value="bulletin">{strings.tabs.bulletin}</Tab>
      </TabList>
      {/* The import view stays mounted so switching tabs does not lose a preview being corrected. */}
      <div className={styles.panel} role="tabpanel" hidden={tab !== 'import'}>
        <ImportView
          port={port}
          useCases={useCases}
          onNextStep={(outcome) => {
            setBuild((b) => ({ year: outcome.planYear, run: (b?.run ?? 0) + 1 }));
            setTab('progress');
          }}
        />
      </div>
      <div className={styles.panel} role="tabpanel" hidden={tab !== 'progress'}>
        {tab === 'progress' ? <ProgressView port={port} build={build} /> : null}
      </div>
      <div className={styles.panel} role="tabpanel" hidden={tab !== 'collect'}>
        {/* Mounted on first visit, then kept: a merge preview being decided survives a look at
            another tab; coming back re-reads 报送情况. */}
        {collectOpened ? (
          <LazyTab>
            <LazyCollectView port={port} loadFiles={loadFiles} clerk={clerk} onClerkChange={setClerk} active={tab === 'collect'} />
          </LazyTab>
        ) : null}
      </div>
      <div className={styles.panel} role="tabpanel" hidden={tab !== 'check'}>
        {tab === 'check' ? (
          <LazyTab>
            <LazyCheckView port={port} clerk={clerk} onClerkChange={setClerk} />
          </LazyTab>
        ) : null}
      </div>
      <div className={styles.panel} role="tabpanel" hidden={tab !== 'print'}>
        {tab === 'print' ? <PrintView port={port} /> : null}
      </div>
      <div className={styles.panel} role="tabpanel" hidden={tab !== 'bulletin'}>
        {tab === 'bulletin' ? <BulletinView port={port} /> : null}
      </div>
    </div>
  );
}
