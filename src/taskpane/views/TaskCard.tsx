/**
 * One task of the preview with its indicators and qualitative targets. The task's 牵头单位 can be
 * corrected inline (the unit that will be asked for figures every month).
 */
import { useState } from 'react';
import { Badge, Button, Caption1, Card, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { EditRegular, WarningFilled } from '@fluentui/react-icons';
import type { TaskGroup, IndicatorPatch } from '../previewEdits';
import { qualitativeWords, strings } from '../strings';
import { IndicatorRow } from './IndicatorRow';

const useStyles = makeStyles({
  card: { padding: tokens.spacingVerticalS, gap: tokens.spacingVerticalXS },
  text: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: `0 ${tokens.spacingHorizontalM}`, color: tokens.colorNeutralForeground2 },
  unitEdit: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  qualitative: { overflowWrap: 'anywhere' },
});

export interface TaskCardProps {
  group: TaskGroup;
  /** ref → reason, for the task and its indicators. */
  uncertain: ReadonlyMap<string, string>;
  edited: ReadonlySet<string>;
  disabled: boolean;
  onEditIndicator(id: string, patch: IndicatorPatch): void;
  onRemoveIndicator(id: string): void;
  onEditLeadUnit(seq: string, unit: string): void;
}

export function TaskCard({ group, uncertain, edited, disabled, onEditIndicator, onRemoveIndicator, onEditLeadUnit }: TaskCardProps) {
  const styles = useStyles();
  const { task } = group;
  const taskReason = task && !edited.has(task.seq) ? uncertain.get(task.seq) ?? null : null;

  return (
    <Card className={styles.card} data-task-seq={task?.seq ?? ''} data-ref={task?.seq} tabIndex={-1}>
      {task ? (
        <>
          <Text className={styles.text}>
            <strong>{strings.preview.taskHeading(task.seq)}</strong> {task.text}
          </Text>
          <div className={styles.meta}>
            <Caption1>
              {strings.preview.leadLeader}：{task.leadLeader ?? strings.preview.none}
            </Caption1>
            <LeadUnit
              seq={task.seq}
              value={task.leadUnit}
              edited={edited.has(task.seq)}
              disabled={disabled}
              onSave={(unit) => onEditLeadUnit(task.seq, unit)}
            />
            {task.units.length > 0 ? (
              <Caption1>
                {strings.preview.units}：{task.units.join('、')}
              </Caption1>
            ) : null}
            {task.deadline ? (
              <Caption1>
                {strings.preview.deadline}：{task.deadline}
              </Caption1>
            ) : null}
            {task.livelihood ? (
              <Badge appearance="tint" color="brand" size="small">
                {strings.preview.livelihood}
              </Badge>
            ) : null}
            <Caption1>{strings.preview.line(task.line)}</Caption1>
          </div>
          {taskReason ? (
            <Caption1 className={styles.warning}>
              <WarningFilled aria-label={strings.preview.uncertainLabel} /> {strings.preview.uncertainLabel}：{taskReason}
            </Caption1>
          ) : null}
        </>
      ) : (
        <Text weight="semibold">{strings.preview.reportGroup}</Text>
      )}
      {group.indicators.map((ind) => (
        <IndicatorRow
          key={ind.id}
          indicator={ind}
          uncertainReason={uncertain.get(ind.id) ?? null}
          edited={edited.has(ind.id)}
          disabled={disabled}
          onSave={(patch) => onEditIndicator(ind.id, patch)}
          onRemove={() => onRemoveIndicator(ind.id)}
        />
      ))}
      {group.qualitative.map((q, i) => (
        <Caption1 key={`${q.line}-${i}`} className={styles.qualitative}>
          {strings.preview.qualitativeLabel}（{qualitativeWords[q.type]}）：{q.quote}
        </Caption1>
      ))}
      {task && group.indicators.length === 0 && group.qualitative.length === 0 ? (
        <Caption1>{strings.preview.noIndicators}</Caption1>
      ) : null}
    </Card>
  );
}

interface LeadUnitProps {
  seq: string;
  value: string | null;
  edited: boolean;
  disabled: boolean;
  onSave(unit: string): void;
}

function LeadUnit({ seq, value, edited, disabled, onSave }: LeadUnitProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState<string | null>(null);

  if (draft !== null) {
    return (
      <span className={styles.unitEdit}>
        <Input
          size="small"
          aria-label={strings.task.editLeadUnitAria(seq)}
          value={draft}
          onChange={(_, d) => setDraft(d.value)}
        />
        <Button
          size="small"
          appearance="primary"
          onClick={() => {
            onSave(draft);
            setDraft(null);
          }}
        >
          {strings.task.save}
        </Button>
        <Button size="small" onClick={() => setDraft(null)}>
          {strings.task.cancel}
        </Button>
      </span>
    );
  }
  return (
    <span className={styles.unitEdit}>
      <Caption1>
        {strings.preview.leadUnit}：{value ?? strings.preview.none}
      </Caption1>
      {edited ? (
        <Badge appearance="tint" color="success" size="small">
          {strings.preview.editedLabel}
        </Badge>
      ) : null}
      <Button
        size="small"
        appearance="subtle"
        icon={<EditRegular />}
        aria-label={strings.task.editLeadUnitAria(seq)}
        title={strings.task.editLeadUnit}
        disabled={disabled}
        onClick={() => setDraft(value ?? '')}
      />
    </span>
  );
}
