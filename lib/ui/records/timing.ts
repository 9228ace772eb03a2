/**
 * User Timing entries for the slow paths of the Records tab (a 10,000-message export or check), so the browser
 * benchmark (e2e/bench/records.mjs) and the DevTools performance panel see the same figure the user waits for.
 */
export async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(name, { start, end: performance.now() });
  }
}

export const EXPORT_MEASURE = 'parley:records:export';
export const VERIFY_MEASURE = 'parley:records:verify';
