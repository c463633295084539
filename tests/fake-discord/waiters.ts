/**
 * "Wait until this becomes true" over state the fake mutates. Every mutation
 * calls `notify()`; each waiter re-runs its check then. Waiters time out with a
 * description of what they were waiting for (and the current state, if given)
 * so a failing test says why.
 */
export interface WaitOptions {
  /** Default 5000 ms. */
  timeoutMs?: number;
}

interface Waiter {
  check: () => boolean;
}

export class ChangeNotifier {
  readonly #waiters = new Set<Waiter>();

  notify(): void {
    for (const waiter of [...this.#waiters]) waiter.check();
  }

  /**
   * Resolves with the first non-undefined value `probe` returns (checked now
   * and after every notify()). Rejects after the timeout.
   */
  waitFor<T>(probe: () => T | undefined, describe: () => string, options: WaitOptions = {}): Promise<T> {
    const timeoutMs = options.timeoutMs ?? 5000;
    return new Promise<T>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const waiter: Waiter = {
        check: () => {
          let value: T | undefined;
          try {
            value = probe();
          } catch (error) {
            finish();
            reject(error);
            return true;
          }
          if (value === undefined) return false;
          finish();
          resolve(value);
          return true;
        },
      };
      const finish = (): void => {
        this.#waiters.delete(waiter);
        if (timer) clearTimeout(timer);
      };
      if (waiter.check()) return;
      this.#waiters.add(waiter);
      timer = setTimeout(() => {
        finish();
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${describe()}`));
      }, timeoutMs);
    });
  }
}
