import { env, pipeline } from '@huggingface/transformers';

/** Turns texts into unit-length vectors with one model, loaded once. */
export interface Embedder {
  readonly model: string;
  readonly dimensions: number;
  embed(texts: string[]): Promise<number[][]>;
}

export interface LoadOptions {
  modelsDir: string;
  /** May the model be fetched from the Hugging Face hub (and cached in modelsDir) when it is not there yet? */
  allowRemote: boolean;
  /** How long to wait for the hub to start answering each request before giving up. */
  fetchTimeoutMs: number;
}

// Bounds memory and keeps each ONNX run short; measured: larger batches gain nothing on 2 cores.
const BATCH_SIZE = 32;

/** Loads a feature-extraction model through Transformers.js; mean pooling and L2 normalisation as in training. */
export async function loadEmbedder(model: string, options: LoadOptions): Promise<Embedder> {
  env.localModelPath = options.modelsDir;
  env.cacheDir = options.modelsDir;
  env.allowLocalModels = true;
  env.allowRemoteModels = options.allowRemote;
  env.fetch = fetchWithTimeout(options.fetchTimeoutMs);
  const extractor = await pipeline('feature-extraction', model, { dtype: 'fp32' });
  const embed = async (texts: string[]): Promise<number[][]> => {
    const vectors: number[][] = [];
    for (let i = 0; i < texts.length; i += BATCH_SIZE) {
      const output = await extractor(texts.slice(i, i + BATCH_SIZE), { pooling: 'mean', normalize: true });
      // Text made only of words the model does not know pools to a zero vector, which normalises to NaN.
      vectors.push(...(output.tolist() as number[][]).map((row) => row.map((x) => (Number.isFinite(x) ? x : 0))));
    }
    return vectors;
  };
  const [probe] = await embed(['dimension probe']);
  return { model, dimensions: probe!.length, embed };
}

// Gives up when the hub does not start answering in time; a download already under way is not cut short.
function fetchWithTimeout(timeoutMs: number): typeof fetch {
  return async (input, init) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    try {
      return await fetch(input, { ...init, signal: controller.signal });
    } finally {
      clearTimeout(timer);
    }
  };
}
