import { z } from 'zod';
import { ensureOfflineModel } from '../embedding/offline-model/build.js';
import { runCli } from './run-cli.js';

const USAGE = 'Usage: npm run model:build   (builds the offline embedding model into MODELS_DIR unless it is there already)';

await runCli(USAGE, {}, z.object({ positionals: z.array(z.string()).max(0, 'model:build takes no arguments') }), async (_args, config) => {
  const dir = await ensureOfflineModel(config.modelsDir);
  process.stdout.write(`The offline model is ready in ${dir}.\n`);
  return 0;
});
