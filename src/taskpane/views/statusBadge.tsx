/** A status as a badge that always carries the WORD (a colour alone is lost in black-and-white
 *  printing, on a projector and to colour-blind clerks). Colours follow the 进度 sheet's. */
import type { ReactNode } from 'react';
import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { ProgressStatus } from '../../domain/progress/types';

const COLOR: Record<ProgressStatus, BadgeProps['color']> = {
  已完成: 'success',
  正常: 'success',
  预警: 'warning',
  滞后: 'danger',
  未填报: 'informative',
  不适用: 'subtle',
};

export function StatusBadge({ status, children }: { status: ProgressStatus; children?: ReactNode }) {
  return (
    <Badge appearance="tint" shape="rounded" color={COLOR[status]} data-status={status}>
      {children ?? status}
    </Badge>
  );
}
