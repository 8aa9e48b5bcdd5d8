import { SourceError } from '../../src/sources/errors';

/** The SourceError `fn` throws (any other error propagates; no error fails the test). */
export function thrown(fn: () => unknown): SourceError {
  try {
    fn();
  } catch (e) {
    if (e instanceof SourceError) return e;
    throw e;
  }
  throw new Error('expected a SourceError');
}
