/**
 * One quantified indicator in the preview: read view ("名称 不低于 7.5 %  增速") with its uncertain
 * mark, and an inline editor for name / 目标值 / 上限 / 单位 / 比较 / 类型. Typed figures are checked
 * here; nothing reaches the preview until they are numbers.
 */
import { useEffect, useRef, useState } from 'react';
import { Badge, Button, Caption1, Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular, EditRegular, WarningFilled } from '@fluentui/react-icons';
import type { Cmp, Indicator, IndicatorKind } from '../../domain/model';
import { parseFigure, type IndicatorPatch } from '../previewEdits';
import { cmpHints, cmpOptions, cmpWords, kindWords, strings } from '../strings';

/** Taller than the sticky bar (a 32 px button and 8 px padding above and below), with some air. */
const EDITOR_CLEARANCE = '64px';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  quote: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'flex-start' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, marginLeft: 'auto' },
  // The preview's 写入工作簿 bar is sticky at the bottom (PreviewPanel): scrolling the editor into
  // view must leave its 确定/取消 above the bar, not under it.
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, scrollMarginBottom: EDITOR_CLEARANCE },
  // flex-start: a field with a hint or an error must not stretch its neighbour (Field is a grid).
  pair: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  narrow: { flex: '1 1 120px', minWidth: 0 },
  // Fluent inputs keep an intrinsic width; at 320 px two side by side must shrink instead.
  fill: { width: '100%', minWidth: 0, maxWidth: '100%' },
});

export function formatFigure(ind: Pick<Indicator, 'target' | 'max' | 'unit' | 'cmp'>): string {
  const figure = ind.max === null ? `${ind.target}` : `${ind.target}–${ind.max}`;
  return `${cmpWords[ind.cmp]} ${figure}${ind.unit}`;
}

export interface IndicatorRowProps {
  indicator: Indicator;
  /** Why the parser is unsure of it, if it is. */
  uncertainReason: string | null;
  edited: boolean;
  disabled: boolean;
  onSave(patch: IndicatorPatch): void;
  onRemove(): void;
}

export function IndicatorRow({ indicator, uncertainReason, edited, disabled, onSave, onRemove }: IndicatorRowProps) {
  const styles = useStyles();
  const [editing, setEditing] = useState(false);

  return (
    <div className={styles.root} data-indicator-id={indicator.id} data-ref={indicator.id} tabIndex={-1}>
      <div className={styles.line}>
        {uncertainReason && !edited ? (
          <WarningFilled aria-label={strings.preview.uncertainLabel} className={styles.warning} />
        ) : null}
        <Text className={styles.name}>{indicator.name}</Text>
        <Text>{formatFigure(indicator)}</Text>
        <Badge appearance="outline" size="small">
          {kindWords[indicator.kind]}
        </Badge>
        {edited ? (
          <Badge appearance="tint" color="success" size="small">
            {strings.preview.editedLabel}
          </Badge>
        ) : null}
        <span className={styles.actions}>
          <Button
            size="small"
            appearance="subtle"
            icon={<EditRegular />}
            aria-label={strings.indicator.editAria(indicator.name)}
            title={strings.indicator.edit}
            disabled={disabled || editing}
            onClick={() => setEditing(true)}
          />
          <Button
            size="small"
            appearance="subtle"
            icon={<DeleteRegular />}
            aria-label={strings.indicator.removeAria(indicator.name)}
            title={strings.indicator.remove}
            disabled={disabled}
            onClick={onRemove}
          />
        </span>
      </div>
      <Caption1 className={styles.quote}>
        {strings.indicator.quote}：{indicator.quote}（{strings.preview.line(indicator.line)}）
      </Caption1>
      {uncertainReason && !edited ? (
        <Caption1 className={styles.warning}>
          {strings.preview.uncertainLabel}：{uncertainReason}
        </Caption1>
      ) : null}
      {editing ? (
        <IndicatorEditor
          indicator={indicator}
          onCancel={() => setEditing(false)}
          onSave={(patch) => {
            onSave(patch);
            setEditing(false);
          }}
        />
      ) : null}
    </div>
  );
}

interface EditorProps {
  indicator: Indicator;
  onSave(patch: IndicatorPatch): void;
  onCancel(): void;
}

function IndicatorEditor({ indicator, onSave, onCancel }: EditorProps) {
  const styles = useStyles();
  const [name, setName] = useState(indicator.name);
  const [target, setTarget] = useState(String(indicator.target));
  const [max, setMax] = useState(indicator.max === null ? '' : String(indicator.max));
  const [unit, setUnit] = useState(indicator.unit);
  const [cmp, setCmp] = useState<Cmp>(indicator.cmp);
  const [kind, setKind] = useState<IndicatorKind>(indicator.kind);
  const [tried, setTried] = useState(false);
  const formRef = useRef<HTMLDivElement>(null);

  // Opened near the bottom of the pane, the editor would sit under the sticky write bar.
  // (scrollIntoView is missing in some test DOMs; the pane's browsers all have it.)
  useEffect(() => {
    formRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);

  const targetValue = parseFigure(target);
  const maxValue = max.trim() === '' ? null : parseFigure(max);
  const nameError = name.trim() === '' ? strings.indicator.nameEmpty : undefined;
  const targetError = targetValue === null ? strings.indicator.targetInvalid : undefined;
  const maxError =
    max.trim() !== '' && (maxValue === null || (targetValue !== null && maxValue < targetValue))
      ? strings.indicator.maxInvalid
      : undefined;

  const save = () => {
    setTried(true);
    if (nameError || targetError || maxError || targetValue === null) return;
    onSave({ name: name.trim(), target: targetValue, max: maxValue, unit: unit.trim(), cmp, kind });
  };

  return (
    <div ref={formRef} className={styles.form} role="group" aria-label={strings.indicator.editAria(indicator.name)}>
      <Field label={strings.indicator.name} validationMessage={tried ? nameError : undefined}>
        <Input className={styles.fill} value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      <div className={styles.pair}>
        <Field className={styles.narrow} label={strings.indicator.cmp} hint={cmpHints[cmp]}>
          <Select className={styles.fill} value={cmp} onChange={(_, d) => setCmp(d.value as Cmp)}>
            {(Object.keys(cmpOptions) as Cmp[]).map((c) => (
              <option key={c} value={c}>
                {cmpOptions[c]}
              </option>
            ))}
          </Select>
        </Field>
        <Field className={styles.narrow} label={strings.indicator.kind}>
          <Select className={styles.fill} value={kind} onChange={(_, d) => setKind(d.value as IndicatorKind)}>
            {(Object.keys(kindWords) as IndicatorKind[]).map((k) => (
              <option key={k} value={k}>
                {kindWords[k]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.pair}>
        <Field className={styles.narrow} label={strings.indicator.target} validationMessage={tried ? targetError : undefined}>
          <Input className={styles.fill} inputMode="decimal" value={target} onChange={(_, d) => setTarget(d.value)} />
        </Field>
        <Field className={styles.narrow} label={strings.indicator.unit}>
          <Input className={styles.fill} value={unit} onChange={(_, d) => setUnit(d.value)} />
        </Field>
      </div>
      <Field label={strings.indicator.max} validationMessage={tried ? maxError : undefined}>
        <Input className={styles.fill} inputMode="decimal" value={max} onChange={(_, d) => setMax(d.value)} />
      </Field>
      <div className={styles.pair}>
        <Button appearance="primary" size="small" onClick={save}>
          {strings.indicator.save}
        </Button>
        <Button size="small" onClick={onCancel}>
          {strings.indicator.cancel}
        </Button>
      </div>
    </div>
  );
}
