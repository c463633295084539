/**
 * The ONNX graph of a static embedding model: one Gather that looks every token id
 * up in a float32 [rows, dimensions] table.
 *
 *   input_ids int64 [batch_size, sequence_length]
 *     → Gather(embeddings, input_ids, axis 0)
 *     → last_hidden_state float32 [batch_size, sequence_length, dimensions]
 *
 * Only `input_ids` is declared: Transformers.js feeds a BERT encoder just the inputs
 * its session declares (it fills token_type_ids only when the graph asks for it),
 * and the pipeline applies attention_mask itself during mean pooling.
 */
import { bytesField, message, stringField, varintField, type Encoded } from './protobuf-wire.js';

export const INPUT_NAME = 'input_ids';
export const OUTPUT_NAME = 'last_hidden_state';

const TABLE_NAME = 'embeddings';
// IR 8 / opset 13 are old enough for any onnxruntime Transformers.js ships and new enough
// for the latest Gather definition (Gather-13).
const IR_VERSION = 8;
const OPSET_VERSION = 13;
const FLOAT = 1; // onnx.TensorProto.DataType
const INT64 = 7;

// Field numbers from onnx/onnx.proto.
const Model = { irVersion: 1, producerName: 2, producerVersion: 3, docString: 6, graph: 7, opsetImport: 8 } as const;
const OperatorSetId = { domain: 1, version: 2 } as const;
const Graph = { node: 1, name: 2, initializer: 5, input: 11, output: 12 } as const;
const Node = { input: 1, output: 2, name: 3, opType: 4 } as const;
const Tensor = { dims: 1, dataType: 2, name: 8, rawData: 9 } as const;
const ValueInfo = { name: 1, type: 2 } as const;
const TypeProto = { tensorType: 1 } as const;
const TensorType = { elemType: 1, shape: 2 } as const;
const Shape = { dim: 1 } as const;
const Dimension = { dimValue: 1, dimParam: 2 } as const;

export interface EmbeddingTable {
  /** Row-major [rows, dimensions] values. */
  readonly values: Float32Array;
  readonly rows: number;
  readonly dimensions: number;
}

/** Serialises the Gather model as ONNX ModelProto chunks, ready to be written in order. */
export function encodeGatherModel(table: EmbeddingTable, producer = 'conflict-desk'): Encoded {
  const { values, rows, dimensions } = table;
  if (values.length !== rows * dimensions) {
    throw new RangeError(`table has ${values.length} values, expected ${rows} × ${dimensions}`);
  }
  const initializer = message(
    varintField(Tensor.dims, rows),
    varintField(Tensor.dims, dimensions),
    varintField(Tensor.dataType, FLOAT),
    stringField(Tensor.name, TABLE_NAME),
    bytesField(Tensor.rawData, littleEndianBytes(values)),
  );
  const gather = message(
    stringField(Node.input, TABLE_NAME),
    stringField(Node.input, INPUT_NAME),
    stringField(Node.output, OUTPUT_NAME),
    stringField(Node.name, 'embedding_lookup'),
    stringField(Node.opType, 'Gather'),
  );
  const graph = message(
    bytesField(Graph.node, gather),
    stringField(Graph.name, 'static_embeddings'),
    bytesField(Graph.initializer, initializer),
    bytesField(Graph.input, valueInfo(INPUT_NAME, INT64, ['batch_size', 'sequence_length'])),
    bytesField(Graph.output, valueInfo(OUTPUT_NAME, FLOAT, ['batch_size', 'sequence_length', dimensions])),
  );
  return message(
    varintField(Model.irVersion, IR_VERSION),
    stringField(Model.producerName, producer),
    stringField(Model.producerVersion, '1'),
    stringField(Model.docString, 'Static word embeddings: a single Gather over a SIF-weighted table.'),
    bytesField(Model.graph, graph),
    bytesField(Model.opsetImport, message(stringField(OperatorSetId.domain, ''), varintField(OperatorSetId.version, OPSET_VERSION))),
  );
}

/** Dimensions are named (symbolic) when given as strings, fixed when numbers. */
function valueInfo(name: string, elemType: number, dims: readonly (string | number)[]): Encoded {
  const shape = message(
    ...dims.map((dim) =>
      bytesField(Shape.dim, typeof dim === 'string' ? stringField(Dimension.dimParam, dim) : varintField(Dimension.dimValue, dim)),
    ),
  );
  const tensorType = message(varintField(TensorType.elemType, elemType), bytesField(TensorType.shape, shape));
  return message(stringField(ValueInfo.name, name), bytesField(ValueInfo.type, bytesField(TypeProto.tensorType, tensorType)));
}

const HOST_IS_LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

// ONNX raw_data is little-endian whatever the host's byte order; on little-endian hosts
// the table's own bytes are used as they are, without a copy.
function littleEndianBytes(values: Float32Array): Uint8Array {
  if (HOST_IS_LITTLE_ENDIAN) return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  values.forEach((value, i) => view.setFloat32(i * 4, value, true));
  return bytes;
}
