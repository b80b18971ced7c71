/**
 * Serializes async work: each task starts after the previous one settles, so read-modify-write
 * sequences on storage never interleave within one context.
 */
export function serialize() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const next = tail.then(task, task);
    tail = next.catch(() => undefined);
    return next;
  };
}
