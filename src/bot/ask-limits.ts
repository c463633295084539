/** Why an /ask is turned away before it reaches the engine. */
export type AskRefusal = { kind: 'cooldown'; retryAfterSeconds: number } | { kind: 'busy' };

/**
 * Per-user cooldown and a bound on answers in flight for /ask. `now` is injected so that the rules are testable
 * without waiting.
 */
export class AskLimits {
  private readonly lastAsked = new Map<string, number>();
  private inFlight = 0;

  constructor(
    private readonly cooldownSeconds: number,
    private readonly maxConcurrent: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes a slot for `userId`, or says why not. Call `release` when the answer is done. */
  acquire(userId: string): AskRefusal | null {
    const last = this.lastAsked.get(userId);
    const elapsed = last === undefined ? Infinity : (this.now() - last) / 1000;
    if (elapsed < this.cooldownSeconds) return { kind: 'cooldown', retryAfterSeconds: Math.ceil(this.cooldownSeconds - elapsed) };
    if (this.inFlight >= this.maxConcurrent) return { kind: 'busy' };
    this.forgetExpired();
    this.lastAsked.set(userId, this.now());
    this.inFlight += 1;
    return null;
  }

  // Keeps the map as small as the set of users inside their cooldown.
  private forgetExpired(): void {
    if (this.lastAsked.size < 1000) return;
    for (const [user, at] of this.lastAsked) if ((this.now() - at) / 1000 >= this.cooldownSeconds) this.lastAsked.delete(user);
  }

  release(): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
  }
}
