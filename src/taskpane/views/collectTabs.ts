/** The 收集 and 核对 tabs as the on-demand progress chunk holds them (see lazyViews.tsx). Nothing else
 *  may import these views statically, or they rejoin the start bundle. */
export { CheckView } from './CheckView';
export { CollectView } from './CollectView';
