import { runBounded } from '../../tools/audit/boundedPool';

/** Work whose completion the test controls, recording how many items run at once. */
function controlledWork() {
  let running = 0;
  let mostAtOnce = 0;
  const started: number[] = [];
  const finishers = new Map<number, () => void>();
  const work = (item: number) =>
    new Promise<string>((resolve) => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      started.push(item);
      finishers.set(item, () => {
        running -= 1;
        resolve(`done ${item}`);
      });
    });
  const finish = (item: number) => finishers.get(item)?.();
  return { work, finish, started, mostAtOnce: () => mostAtOnce };
}

async function settle(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
}

describe('runBounded', () => {
  it('never runs more items at once than allowed', async () => {
    const control = controlledWork();
    const run = runBounded([1, 2, 3, 4, 5, 6, 7], 3, control.work);

    for (let item = 1; item <= 7; item += 1) {
      await settle();
      control.finish(item);
    }
    await run;

    expect(control.mostAtOnce()).toBe(3);
  });

  it('keeps the results in the order of the items, whatever order they finish in', async () => {
    const control = controlledWork();
    const run = runBounded([1, 2, 3], 3, control.work);

    await settle();
    [3, 1, 2].forEach(control.finish);

    await expect(run).resolves.toEqual(['done 1', 'done 2', 'done 3']);
  });

  it('starts no new item once told to stop, and leaves those items without a result', async () => {
    const control = controlledWork();
    let stop = false;
    const run = runBounded([1, 2, 3, 4], 2, control.work, () => stop);

    await settle();
    stop = true;
    control.finish(1);
    control.finish(2);

    await expect(run).resolves.toEqual(['done 1', 'done 2', undefined, undefined]);
    expect(control.started).toEqual([1, 2]);
  });

  it('refuses a concurrency below one', async () => {
    await expect(runBounded([1], 0, async () => 'x')).rejects.toThrow('concurrency');
  });
});
