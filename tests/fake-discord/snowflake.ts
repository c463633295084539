/**
 * Discord snowflake ids: 42 bits of milliseconds since the Discord epoch, then
 * worker/process ids and a 12-bit increment. discord.js (and @discordjs/rest's
 * rate-limit bucketing, which expects 17–19 digit ids) parse these, so the fake
 * hands out real-looking ones whose embedded timestamp is the creation time.
 */
export const DISCORD_EPOCH = 1_420_070_400_000n;

let increment = 0n;

export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  const id = ((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | (1n << 12n) | increment;
  return id.toString();
}

export function snowflakeTimestamp(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}
