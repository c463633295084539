/**
 * Minimal protobuf wire-format writer: just the varint and length-delimited fields
 * an ONNX ModelProto needs. Messages stay lists of chunks so a large payload (the
 * embedding table) is never copied while nested messages are assembled.
 */

/** An encoded message or field: byte chunks in order, plus their total length. */
export interface Encoded {
  readonly chunks: readonly Uint8Array[];
  readonly length: number;
}

const VARINT = 0;
const LENGTH_DELIMITED = 2;

// Arithmetic rather than bitwise ops, which would truncate values ≥ 2^31.
function varintBytes(value: number): Uint8Array {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`varint needs a non-negative safe integer, got ${value}`);
  const bytes: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) + 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
  return Uint8Array.from(bytes);
}

function tag(fieldNumber: number, wireType: number): Uint8Array {
  return varintBytes(fieldNumber * 8 + wireType);
}

function encoded(chunks: Uint8Array[]): Encoded {
  return { chunks, length: chunks.reduce((sum, chunk) => sum + chunk.length, 0) };
}

/** Concatenates fields into one message body. */
export function message(...fields: readonly Encoded[]): Encoded {
  return encoded(fields.flatMap((field) => field.chunks));
}

/** A varint field (int32/int64/enum with a non-negative value). */
export function varintField(fieldNumber: number, value: number): Encoded {
  return encoded([tag(fieldNumber, VARINT), varintBytes(value)]);
}

/** A length-delimited field holding raw bytes or an already encoded sub-message. */
export function bytesField(fieldNumber: number, payload: Uint8Array | Encoded): Encoded {
  const body = payload instanceof Uint8Array ? encoded([payload]) : payload;
  return encoded([tag(fieldNumber, LENGTH_DELIMITED), varintBytes(body.length), ...body.chunks]);
}

/** A UTF-8 string field. */
export function stringField(fieldNumber: number, value: string): Encoded {
  return bytesField(fieldNumber, new TextEncoder().encode(value));
}
