/**
 * Discord's message size rules, checked on every message-bearing request
 * (interaction callbacks 4/7, webhook edits and follow-ups, channel messages).
 * Violations become 400 / 50035 "Invalid Form Body" with Discord's nested
 * `errors` tree; an empty new message becomes 400 / 50006.
 */
import { emptyMessage, fieldError, invalidFormBody, mergeFieldErrors, type FieldErrorTree, type FakeApiError } from './errors.js';

export const MessageLimits = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooterText: 2048,
  embedAuthorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  componentsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
} as const;

const IS_COMPONENTS_V2 = 1 << 15;

type Path = Array<string | number>;

const tooLong = (path: Path, max: number): FieldErrorTree =>
  fieldError(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
const required = (path: Path): FieldErrorTree => fieldError(path, 'BASE_TYPE_REQUIRED', 'This field is required');

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const textLength = (value: unknown): number => (typeof value === 'string' ? [...value].length : 0);

export interface MessageCheckOptions {
  /** Where the message lives in the body: `[]` for webhooks/channels, `['data']` for interaction callbacks. */
  path?: Path;
  /** Creating a new message (reply, follow-up, channel message) must not be empty. */
  mustNotBeEmpty?: boolean;
  /** Files uploaded with the request (multipart) count as content. */
  fileCount?: number;
}

/** Returns the error to send, or null when the payload is acceptable. */
export function checkMessagePayload(body: unknown, options: MessageCheckOptions = {}): FakeApiError | null {
  const base = options.path ?? [];
  const message = isRecord(body) ? body : {};
  const problems: FieldErrorTree[] = [];

  if (textLength(message.content) > MessageLimits.content) problems.push(tooLong([...base, 'content'], MessageLimits.content));

  const embeds = Array.isArray(message.embeds) ? message.embeds : [];
  if (embeds.length > MessageLimits.embeds) problems.push(tooLong([...base, 'embeds'], MessageLimits.embeds));
  let totalEmbedChars = 0;
  embeds.forEach((embed, index) => {
    const { errors, chars } = checkEmbed(embed, [...base, 'embeds', index]);
    problems.push(...errors);
    totalEmbedChars += chars;
  });
  if (totalEmbedChars > MessageLimits.embedTotal) {
    problems.push(
      fieldError([...base, 'embeds'], 'MAX_EMBED_SIZE_EXCEEDED', `Embed size exceeds maximum size of ${MessageLimits.embedTotal}`),
    );
  }

  const flags = typeof message.flags === 'number' ? message.flags : 0;
  if (Array.isArray(message.components) && (flags & IS_COMPONENTS_V2) === 0) {
    if (message.components.length > MessageLimits.actionRows) problems.push(tooLong([...base, 'components'], MessageLimits.actionRows));
    problems.push(...checkActionRows(message.components, [...base, 'components']));
  }

  problems.push(...checkAllowedMentions(message.allowed_mentions, [...base, 'allowed_mentions']));

  if (problems.length > 0) return invalidFormBody(mergeFieldErrors(problems));

  if (options.mustNotBeEmpty && isEmptyMessage(message, options.fileCount ?? 0)) return emptyMessage();
  return null;
}

function checkEmbed(embed: unknown, path: Path): { errors: FieldErrorTree[]; chars: number } {
  const errors: FieldErrorTree[] = [];
  if (!isRecord(embed)) return { errors, chars: 0 };
  let chars = 0;
  const limit = (value: unknown, max: number, at: Path): void => {
    const length = textLength(value);
    chars += length;
    if (length > max) errors.push(tooLong(at, max));
  };
  limit(embed.title, MessageLimits.embedTitle, [...path, 'title']);
  limit(embed.description, MessageLimits.embedDescription, [...path, 'description']);
  if (isRecord(embed.footer)) limit(embed.footer.text, MessageLimits.embedFooterText, [...path, 'footer', 'text']);
  if (isRecord(embed.author)) limit(embed.author.name, MessageLimits.embedAuthorName, [...path, 'author', 'name']);
  const fields = Array.isArray(embed.fields) ? embed.fields : [];
  if (fields.length > MessageLimits.embedFields) errors.push(tooLong([...path, 'fields'], MessageLimits.embedFields));
  fields.forEach((field, index) => {
    const at = [...path, 'fields', index];
    const record = isRecord(field) ? field : {};
    if (textLength(record.name) === 0) errors.push(required([...at, 'name']));
    if (textLength(record.value) === 0) errors.push(required([...at, 'value']));
    limit(record.name, MessageLimits.embedFieldName, [...at, 'name']);
    limit(record.value, MessageLimits.embedFieldValue, [...at, 'value']);
  });
  return { errors, chars };
}

const BUTTON = 2;
const LINK_STYLE = 5;
const PREMIUM_STYLE = 6;

// Buttons in action rows: at most five a row, each (but link and premium buttons) with a custom id unique in the
// message and of bounded length, and a bounded label.
function checkActionRows(rows: unknown[], path: Path): FieldErrorTree[] {
  const errors: FieldErrorTree[] = [];
  const seen = new Set<string>();
  rows.forEach((row, r) => {
    const components = isRecord(row) && Array.isArray(row.components) ? row.components : [];
    if (components.length === 0 || components.length > MessageLimits.componentsPerRow) {
      errors.push(fieldError([...path, r, 'components'], 'BASE_TYPE_BAD_LENGTH', `Must be between 1 and ${MessageLimits.componentsPerRow} in length.`));
    }
    components.forEach((component, c) => {
      if (!isRecord(component) || component.type !== BUTTON) return;
      const at = [...path, r, 'components', c];
      if (textLength(component.label) > MessageLimits.buttonLabel) errors.push(tooLong([...at, 'label'], MessageLimits.buttonLabel));
      if (component.style === LINK_STYLE || component.style === PREMIUM_STYLE) return;
      const id = component.custom_id;
      if (typeof id !== 'string' || id.length === 0) errors.push(required([...at, 'custom_id']));
      else if (textLength(id) > MessageLimits.customId) errors.push(tooLong([...at, 'custom_id'], MessageLimits.customId));
      else if (seen.has(id)) errors.push(fieldError([...at, 'custom_id'], 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated'));
      if (typeof id === 'string') seen.add(id);
    });
  });
  return errors;
}

function checkAllowedMentions(value: unknown, path: Path): FieldErrorTree[] {
  if (!isRecord(value)) return [];
  const errors: FieldErrorTree[] = [];
  const parse = Array.isArray(value.parse) ? value.parse : [];
  parse.forEach((entry, index) => {
    if (entry !== 'users' && entry !== 'roles' && entry !== 'everyone') {
      errors.push(fieldError([...path, 'parse', index], 'BASE_TYPE_CHOICES', 'Value must be one of {"roles", "users", "everyone"}.'));
    }
  });
  for (const kind of ['users', 'roles'] as const) {
    if (parse.includes(kind) && Array.isArray(value[kind]) && value[kind].length > 0) {
      errors.push(
        fieldError(
          path,
          'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE',
          `parse:["${kind}"] and ${kind}: [ids...] are mutually exclusive.`,
        ),
      );
    }
  }
  return errors;
}

function isEmptyMessage(message: Record<string, unknown>, fileCount: number): boolean {
  const nonEmptyArray = (value: unknown): boolean => Array.isArray(value) && value.length > 0;
  const hasContent = typeof message.content === 'string' && message.content.trim().length > 0;
  return !(
    hasContent ||
    nonEmptyArray(message.embeds) ||
    nonEmptyArray(message.components) ||
    nonEmptyArray(message.sticker_ids) ||
    isRecord(message.poll) ||
    fileCount > 0
  );
}
