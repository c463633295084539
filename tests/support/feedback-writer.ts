// A bot process's share of the feedback writes, for tests/feedback-processes.test.ts.
// Usage: node --import tsx tests/support/feedback-writer.ts DATA_DIR NAME ROWS USER_ID
// Prints "ready", opens the store on the next line read from stdin, prints "open", and writes on the line after,
// so that the test can have several writers open the same new database together, then write together.
import { createInterface } from 'node:readline';
import { openFeedbackStore } from '../../src/feedback/store.js';
import { testAnswer, testFeedbackConfig, testQuote } from './feedback-fixtures.js';

const [dataDir, name, rows, userId] = process.argv.slice(2);
const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();

process.stdout.write('ready\n');
await lines.next();
const store = await openFeedbackStore(testFeedbackConfig(dataDir!));
process.stdout.write('open\n');
await lines.next();
process.stdin.destroy();

const quote = testQuote('kursk-front', 'A regional governor said the new arrivals were kept away from the front line.');
for (let i = 0; i < Number(rows); i++) {
  const id = await store.logAnswer(testAnswer(`${name} asks question ${i}`, 'related', [quote]));
  await store.rate(id!, userId!, i % 2 === 0 ? 'helpful' : 'not-helpful');
}
await store.close();
