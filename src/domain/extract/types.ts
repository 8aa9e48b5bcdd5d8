import type { Indicator, QualitativeType } from '../model';

/** What a quantified target says, as the model's Indicator holds it (name, figure, unit, test). */
export type Measure = Pick<Indicator, 'name' | 'kind' | 'target' | 'max' | 'unit' | 'cmp'>;

/** One quantified target found in a paragraph or a task cell. */
export interface ExtractedIndicator extends Measure {
  /** The exact words of the input (spaces, ** and footnote marks as written). */
  quote: string;
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

/** A figure written like a target that cannot be one (a 100,000-digit number, 1e400): the clerk
 *  is told, with its words, rather than given Infinity or nothing. */
export interface RefusedFigure {
  quote: string;
  offset: number;
  /** Chinese reason. */
  reason: string;
}

export interface ExtractedTargets {
  indicators: ExtractedIndicator[];
  qualitative: ExtractedQualitative[];
  refused: RefusedFigure[];
}
