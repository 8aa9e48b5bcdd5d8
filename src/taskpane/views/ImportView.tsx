/** The 导入 tab: source choice → preview and corrections → write → outcome, driven by useImport. */
import { useState } from 'react';
import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { ImportOutcome } from '../../app/importTypes';
import type { WorkbookHost } from '../../app/port';
import { strings } from '../strings';
import { useImport, type ImportUseCases } from '../useImport';
import { ErrorBar } from './ErrorBar';
import { OutcomePanel } from './OutcomePanel';
import { PreviewPanel } from './PreviewPanel';
import { SourcePicker } from './SourcePicker';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface ImportViewProps {
  port: WorkbookHost;
  useCases: ImportUseCases;
  /** After a write: go on to the 进度 tab and build the progress sheets for the document's year. */
  onNextStep?(outcome: ImportOutcome): void;
}

export function ImportView({ port, useCases, onNextStep }: ImportViewProps) {
  const styles = useStyles();
  const imp = useImport(port, useCases);
  const [pasted, setPasted] = useState('');
  const { state } = imp;

  const error =
    state.phase === 'error' ? <ErrorBar message={state.message} onDismiss={imp.dismissError} /> : null;

  // A failed write keeps the preview on screen so the clerk can retry without parsing again.
  const preview =
    state.phase === 'preview' || state.phase === 'writing' || (state.phase === 'error' && state.preview)
      ? state.preview
      : null;

  return (
    <div className={styles.root}>
      {error}
      {state.phase === 'idle' || state.phase === 'parsing' || (state.phase === 'error' && !state.preview) ? (
        <SourcePicker
          disabled={state.phase === 'parsing'}
          text={pasted}
          onTextChange={setPasted}
          onParse={(source, label) => void imp.parse(source, label)}
          onReadError={(name) => imp.fail(strings.errors.fileUnreadable(name))}
        />
      ) : null}
      {state.phase === 'parsing' ? <Spinner label={state.message} /> : null}
      {preview ? (
        <PreviewPanel
          preview={preview}
          edited={imp.edited}
          writing={state.phase === 'writing' ? state.message : null}
          onEditIndicator={imp.editIndicator}
          onRemoveIndicator={imp.removeIndicator}
          onEditLeadUnit={imp.editLeadUnit}
          onMergeDuplicate={imp.mergeDuplicate}
          onWrite={() => void imp.write()}
          onCancel={imp.reset}
        />
      ) : null}
      {state.phase === 'done' ? (
        <OutcomePanel outcome={state.outcome} onAgain={imp.reset} onNextStep={onNextStep ? () => onNextStep(state.outcome) : undefined} />
      ) : null}
    </div>
  );
}
