/** The print layout every list sheet shares: what leaders are handed is A4 landscape with the
 *  header on every page and "第X页 共Y页" in the footer (domain brief, "What the leaders get"). */
import type { PageLayoutPlan } from './plan';

export function listPageLayout(title: string): PageLayoutPlan {
  return {
    orientation: 'landscape',
    paper: 'A4',
    printTitleRows: '$1:$1',
    centerHeader: title,
    // &P and &N are Excel's header/footer codes for the page number and the page count.
    centerFooter: '第 &P 页 共 &N 页',
    fitToWidth: true,
  };
}
