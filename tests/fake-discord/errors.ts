/**
 * Discord's JSON error bodies. Route handlers throw `FakeApiError`; the REST
 * server turns it into `{ code, message, errors? }` with the HTTP status, which
 * @discordjs/rest surfaces as `DiscordAPIError` (`.code`, `.status`, message
 * flattened from `errors`).
 */
export const ErrorCode = {
  General: 0,
  UnknownMessage: 10008,
  UnknownWebhook: 10015,
  UnknownApplication: 10002,
  UnknownInteraction: 10062,
  UnknownApplicationCommand: 10063,
  MissingAccess: 50001,
  CannotSendEmptyMessage: 50006,
  InvalidFormBody: 50035,
  InteractionAlreadyAcknowledged: 40060,
} as const;

/** `{ field: { _errors: [...] } }` tree, exactly as Discord nests it. */
export interface FieldErrorTree {
  [key: string]: FieldErrorTree | Array<{ code: string; message: string }>;
}

export interface DiscordErrorBody {
  code: number;
  message: string;
  errors?: FieldErrorTree;
}

export class FakeApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: FieldErrorTree,
  ) {
    super(message);
    this.name = 'FakeApiError';
  }

  toBody(): DiscordErrorBody {
    return this.errors ? { code: this.code, message: this.message, errors: this.errors } : { code: this.code, message: this.message };
  }
}

export const unknownInteraction = (): FakeApiError =>
  new FakeApiError(404, ErrorCode.UnknownInteraction, 'Unknown interaction');
export const alreadyAcknowledged = (): FakeApiError =>
  new FakeApiError(400, ErrorCode.InteractionAlreadyAcknowledged, 'Interaction has already been acknowledged.');
export const unknownWebhook = (): FakeApiError => new FakeApiError(404, ErrorCode.UnknownWebhook, 'Unknown Webhook');
export const unknownMessage = (): FakeApiError => new FakeApiError(404, ErrorCode.UnknownMessage, 'Unknown Message');
export const emptyMessage = (): FakeApiError =>
  new FakeApiError(400, ErrorCode.CannotSendEmptyMessage, 'Cannot send an empty message');
export const invalidFormBody = (errors: FieldErrorTree): FakeApiError =>
  new FakeApiError(400, ErrorCode.InvalidFormBody, 'Invalid Form Body', errors);
export const notFound = (): FakeApiError => new FakeApiError(404, ErrorCode.General, '404: Not Found');
export const unauthorized = (): FakeApiError => new FakeApiError(401, ErrorCode.General, '401: Unauthorized');
export const missingAccess = (): FakeApiError => new FakeApiError(403, ErrorCode.MissingAccess, 'Missing Access');

/** Build the nested tree for one failing path, e.g. ['data', 'embeds', 0, 'description']. */
export function fieldError(path: ReadonlyArray<string | number>, code: string, message: string): FieldErrorTree {
  const leaf: FieldErrorTree = { _errors: [{ code, message }] };
  return path.reduceRight<FieldErrorTree>((inner, key) => ({ [String(key)]: inner }), leaf);
}

/** Deep-merge several field error trees into one body. */
export function mergeFieldErrors(trees: FieldErrorTree[]): FieldErrorTree {
  const out: FieldErrorTree = {};
  for (const tree of trees) mergeInto(out, tree);
  return out;
}

function mergeInto(target: FieldErrorTree, source: FieldErrorTree): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (Array.isArray(value)) {
      target[key] = Array.isArray(existing) ? [...existing, ...value] : value;
    } else if (existing && !Array.isArray(existing)) {
      mergeInto(existing, value);
    } else {
      const copy: FieldErrorTree = {};
      mergeInto(copy, value);
      target[key] = copy;
    }
  }
}
