/**
 * 打印设置: what the clerk says once and the paper and the bulletin read every month: the unit
 * that makes them (制表单位, the bulletin's signature), the issue number, who the bulletin is
 * addressed to, its next steps (一是…二是…) and closing warning. The add-in writes the sheet with
 * defaults the first time and never again (the clerk edits it in Excel); the pane and the command
 * line change the unit and the issue number by cell edits.
 */
import type { BulletinSettings } from '../../domain/bulletin/bulletin';
import { cellAddress } from '../a1';
import type { CellEdit, SheetPlan } from '../plan';
import { cellText, type SheetContent } from '../sheetTable';

export const PRINT_SETTINGS_SHEET = '打印设置';
export const PRINT_SETTINGS_MARK = '打印设置';

const LABELS = { maker: '制表单位', issue: '期数', recipients: '主送单位', closing: '通报结尾' } as const;
/** Rows whose label starts with this are the next steps, in sheet order. */
const STEP_LABEL = '下步措施';

export const DEFAULT_PRINT_SETTINGS: BulletinSettings = {
  maker: '',
  issue: '',
  recipients: '各有关单位',
  nextSteps: [
    '各牵头单位要对照年度目标和序时进度，逐项分析滞后原因，制定针对性措施，确保尽快赶上序时进度',
    '各责任单位要按时、准确报送月度数据和进展情况，未报送的事项要及时补报',
    '各牵头领导要加强调度，协调解决推进中的困难和问题，推动各项目标任务按期完成',
  ],
  closing: '对严重滞后、连续滞后的事项，将按程序挂牌督办。',
};

const HEADER_ROW = 1;

export function printSettingsPlan(settings: BulletinSettings = DEFAULT_PRINT_SETTINGS): SheetPlan {
  return {
    name: PRINT_SETTINGS_SHEET,
    headerRow: HEADER_ROW,
    columns: [
      { header: '项目', width: 8, numberFormat: '@' },
      { header: '内容', width: 60, numberFormat: '@', wrap: true },
    ],
    rows: [
      [LABELS.maker, settings.maker],
      [LABELS.issue, settings.issue],
      [LABELS.recipients, settings.recipients],
      ...settings.nextSteps.map((s, i) => [`${STEP_LABEL}${i + 1}`, s]),
      [LABELS.closing, settings.closing],
    ],
    cells: [
      {
        address: 'A1',
        value: '打印进展情况表和月度通报时读取本表。“内容”列可以直接修改；下步措施可增删行（项目名以“下步措施”开头，按行的顺序写成“一是……二是……”）。',
        bold: true,
      },
    ],
    freezeRows: HEADER_ROW + 1,
    mark: PRINT_SETTINGS_MARK,
  };
}

/** The settings as the clerk left them (a label missing from the sheet keeps its default). */
export function readPrintSettings(sheet: SheetContent | undefined): BulletinSettings {
  if (!sheet) return DEFAULT_PRINT_SETTINGS;
  const rows = sheet.values.map((r) => [cellText(r[0]), cellText(r[1])] as const);
  const get = (label: string, fallback: string) => {
    const row = rows.find(([l]) => l === label);
    return row ? row[1] : fallback;
  };
  const stepRows = rows.filter(([l]) => l.startsWith(STEP_LABEL));
  return {
    maker: get(LABELS.maker, DEFAULT_PRINT_SETTINGS.maker),
    issue: get(LABELS.issue, DEFAULT_PRINT_SETTINGS.issue),
    recipients: get(LABELS.recipients, DEFAULT_PRINT_SETTINGS.recipients),
    nextSteps: stepRows.length > 0 ? stepRows.map(([, v]) => v).filter((v) => v !== '') : DEFAULT_PRINT_SETTINGS.nextSteps,
    closing: get(LABELS.closing, DEFAULT_PRINT_SETTINGS.closing),
  };
}

/** Edits that set the unit and the issue number in an existing 打印设置 (only what differs). */
export function printSettingsEdits(sheet: SheetContent, change: Partial<Pick<BulletinSettings, 'maker' | 'issue'>>): CellEdit[] {
  const edits: CellEdit[] = [];
  for (const key of ['maker', 'issue'] as const) {
    const value = change[key];
    if (value === undefined) continue;
    const r = sheet.values.findIndex((row) => cellText(row[0]) === LABELS[key]);
    if (r < 0) continue;
    if (cellText(sheet.values[r][1]) === value.trim()) continue;
    edits.push({ sheet: PRINT_SETTINGS_SHEET, address: cellAddress(r, 1), value: value.trim() === '' ? null : value.trim() });
  }
  return edits;
}
