/**
 * The three ways a decomposition reaches the add-in: a file, pasted text, the selected range.
 * Stateless: the paste box's text and the import itself belong to the import view.
 */
import { useRef, type ChangeEvent } from 'react';
import { Button, Field, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentArrowUpRegular, TableRegular } from '@fluentui/react-icons';
import type { ImportSource } from '../../app/importTypes';
import { readFileBytes } from '../readFile';
import { strings } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // The native input does the picking; the Fluent button only opens it.
  hiddenInput: { display: 'none' },
  paste: { width: '100%' },
});

export interface SourcePickerProps {
  disabled: boolean;
  /** The paste box's text, held by the parent so it survives a failed parse or 重新选择来源. */
  text: string;
  onTextChange(text: string): void;
  onParse(source: ImportSource, label?: string): void;
  /** A file could not be read by the browser (rare: permissions, a file removed meanwhile). */
  onReadError(fileName: string): void;
}

export function SourcePicker({ disabled, text, onTextChange, onParse, onReadError }: SourcePickerProps) {
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Reset so picking the same file again (after fixing it) fires change again.
    event.target.value = '';
    if (!file) return;
    readFileBytes(file).then(
      (bytes) => onParse({ kind: 'file', name: file.name, bytes }, file.name),
      () => onReadError(file.name),
    );
  };

  return (
    <div className={styles.root}>
      <Text>{strings.source.intro}</Text>
      <div className={styles.row}>
        <Button
          appearance="primary"
          icon={<DocumentArrowUpRegular />}
          disabled={disabled}
          onClick={() => fileInput.current?.click()}
        >
          {strings.source.fileButton}
        </Button>
        <input
          ref={fileInput}
          className={styles.hiddenInput}
          type="file"
          accept=".docx,.txt"
          aria-label={strings.source.fileInputLabel}
          disabled={disabled}
          onChange={onFile}
        />
        <Button icon={<TableRegular />} disabled={disabled} onClick={() => onParse({ kind: 'selection' })}>
          {strings.source.selectionButton}
        </Button>
      </div>
      <Field label={strings.source.pasteLabel}>
        <Textarea
          className={styles.paste}
          resize="vertical"
          rows={6}
          value={text}
          placeholder={strings.source.pastePlaceholder}
          disabled={disabled}
          onChange={(_, data) => onTextChange(data.value)}
        />
      </Field>
      <div className={styles.row}>
        <Button
          disabled={disabled}
          onClick={() => onParse({ kind: 'text', text, name: strings.source.pastedName })}
        >
          {strings.source.parseButton}
        </Button>
      </div>
    </div>
  );
}
