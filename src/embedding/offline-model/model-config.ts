/**
 * config.json: a BERT with zero hidden layers, so Transformers.js treats the model as
 * an ordinary encoder and runs its feature-extraction pipeline unchanged. The layer
 * fields only describe the (absent) transformer; the ONNX graph is the whole model.
 */
import { MODEL_MAX_LENGTH } from './tokenizer-files.js';

export function bertConfigJson(vocabSize: number, hiddenSize: number): object {
  return {
    architectures: ['BertModel'],
    model_type: 'bert',
    vocab_size: vocabSize,
    hidden_size: hiddenSize,
    num_hidden_layers: 0,
    num_attention_heads: 1,
    intermediate_size: hiddenSize,
    max_position_embeddings: MODEL_MAX_LENGTH,
    type_vocab_size: 1,
    pad_token_id: 0,
    // Only onnx/model.onnx exists; pin fp32 so callers that omit `dtype` still find it.
    'transformers.js_config': { dtype: 'fp32' },
  };
}
