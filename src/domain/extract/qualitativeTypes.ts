import type { Mask } from './spans';
import type { QualitativeType } from '../model';

/**
 * Checkable targets without a figure (README of the labels): bottom lines (不发生…, 杜绝…,
 * 隐性债务不新增, 无阻工, 动态清零), targets relative to another figure (与经济增长同步,
 * 控制在省定目标以内, 双下降, 与乙烯项目同时建成), and milestones (a completion verb applied to a
 * named deliverable: 完成云溪小学改扩建, 启动长岭消防救援站建设, 推动长吉高速长安段开工).
 */
export interface RawQualitative {
  quoteStart: number;
  quoteEnd: number;
  name: string;
  type: QualitativeType;
}

/** The words of one clause as the rules read them: `s`, starting at `offset` of the text. */
export interface ClauseWords {
  s: string;
  offset: number;
  /** Protected parts (quotes, titles, brackets) of the whole text; index with offset + i. */
  mask: Mask;
}
