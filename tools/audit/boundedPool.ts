/**
 * Runs work over a list with at most N items in flight, in list order, and stops starting new
 * items once told to stop. Results keep the list's order; items never started stay undefined.
 * An item whose work throws gets `onError`'s result: one item never costs the others theirs.
 */

/** Concurrency the command accepts. */
export const MIN_CONCURRENCY = 1;
export const MAX_CONCURRENCY = 64;

export async function runBounded<Item, Result>(
  items: readonly Item[],
  concurrency: number,
  work: (item: Item, index: number) => Promise<Result>,
  shouldStop: () => boolean = () => false,
  onError: (thrown: unknown, item: Item, index: number) => Result = (thrown) => {
    throw thrown;
  },
): Promise<(Result | undefined)[]> {
  if (!Number.isInteger(concurrency) || concurrency < MIN_CONCURRENCY)
    throw new RangeError(`concurrency must be a whole number of at least ${MIN_CONCURRENCY}`);
  const results: (Result | undefined)[] = new Array<Result | undefined>(items.length).fill(undefined);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length && !shouldStop()) {
      const index = next;
      next += 1;
      const item = items[index] as Item;
      try {
        results[index] = await work(item, index);
      } catch (thrown) {
        results[index] = onError(thrown, item, index);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
