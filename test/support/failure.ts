import { CentaureError } from '../../src/core/errors';

/** The error a promise rejects with; the test fails when it resolves instead. */
export async function failureOf(promise: Promise<unknown>): Promise<CentaureError> {
  try {
    await promise;
  } catch (error) {
    return error as CentaureError;
  }
  throw new Error('expected a failure');
}

/** The CentaureError `run` throws; the test fails when it throws nothing or something else. */
export function errorThrownBy(run: () => unknown): CentaureError {
  try {
    run();
  } catch (error) {
    if (error instanceof CentaureError) return error;
    throw error;
  }
  throw new Error('expected an error');
}
