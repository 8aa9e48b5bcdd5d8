import type { Cmp, IndicatorKind, QualitativeType } from '../model';

/** One quantified target found in a paragraph or a task cell. */
export interface ExtractedIndicator {
  /** The exact words of the input (spaces, ** and footnote marks as written). */
  quote: string;
  name: string;
  kind: IndicatorKind;
  target: number;
  max: number | null;
  unit: string;
  cmp: Cmp;
  /** Index in the input text where the quote starts. */
  offset: number;
  /** A Chinese reason when the extraction is a guess (e.g. the name could not be found). */
  uncertain?: string;
}

/** One checkable target without a figure. */
export interface ExtractedQualitative {
  quote: string;
  name: string;
  type: QualitativeType;
  offset: number;
}

export interface ExtractedTargets {
  indicators: ExtractedIndicator[];
  qualitative: ExtractedQualitative[];
}
