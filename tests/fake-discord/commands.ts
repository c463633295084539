/**
 * Application command registry behind PUT/POST/GET/DELETE
 * /applications/{app}/commands and /applications/{app}/guilds/{guild}/commands.
 * Bulk overwrite keeps the id of a command whose (type, name) already existed,
 * as Discord does, and rejects definitions Discord would reject (50035).
 */
import { fieldError, invalidFormBody, mergeFieldErrors, type FieldErrorTree } from './errors.js';
import { snowflake } from './snowflake.js';

export interface CommandOptionDefinition {
  type: number;
  name: string;
  description?: string;
  required?: boolean;
  choices?: Array<{ name: string; value: string | number }>;
  options?: CommandOptionDefinition[];
  [key: string]: unknown;
}

export interface RegisteredCommand {
  id: string;
  application_id: string;
  guild_id?: string;
  version: string;
  type: number;
  name: string;
  description: string;
  options?: CommandOptionDefinition[];
  default_member_permissions: string | null;
  nsfw: boolean;
  [key: string]: unknown;
}

export const OptionType = {
  Subcommand: 1,
  SubcommandGroup: 2,
  String: 3,
  Integer: 4,
  Boolean: 5,
  User: 6,
  Channel: 7,
  Role: 8,
  Mentionable: 9,
  Number: 10,
  Attachment: 11,
} as const;

const CHAT_INPUT = 1;
const NAME_PATTERN = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const MAX_CHAT_INPUT_COMMANDS = 100;

type Path = Array<string | number>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export class CommandRegistry {
  readonly #global = new Map<string, RegisteredCommand>();
  readonly #guild = new Map<string, Map<string, RegisteredCommand>>();

  constructor(private readonly applicationId: string) {}

  list(guildId?: string): RegisteredCommand[] {
    return [...this.#scope(guildId).values()];
  }

  get global(): RegisteredCommand[] {
    return this.list();
  }

  forGuild(guildId: string): RegisteredCommand[] {
    return this.list(guildId);
  }

  /** Guild command first (it shadows a global one of the same name), then global. */
  find(name: string, guildId?: string | null, type = CHAT_INPUT): RegisteredCommand | undefined {
    const match = (command: RegisteredCommand): boolean => command.name === name && command.type === type;
    const inGuild = guildId ? [...this.#scope(guildId).values()].find(match) : undefined;
    return inGuild ?? [...this.#global.values()].find(match);
  }

  /** PUT: replace the whole scope. Throws FakeApiError on invalid input. */
  bulkOverwrite(body: unknown, guildId?: string): RegisteredCommand[] {
    if (!Array.isArray(body)) throw invalidFormBody(fieldError([], 'BASE_TYPE_ARRAY', 'Must be an array.'));
    const problems: FieldErrorTree[] = [];
    body.forEach((definition, index) => problems.push(...validateCommand(definition, [index])));
    problems.push(...duplicateNames(body));
    const chatInputCount = body.filter((definition) => isRecord(definition) && (definition.type ?? CHAT_INPUT) === CHAT_INPUT).length;
    if (chatInputCount > MAX_CHAT_INPUT_COMMANDS) {
      problems.push(fieldError([], 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_CHAT_INPUT_COMMANDS} or fewer in length.`));
    }
    throwIfAny(problems);

    const scope = this.#scope(guildId);
    const previous = [...scope.values()];
    scope.clear();
    for (const definition of body as Array<Record<string, unknown>>) {
      const type = typeof definition.type === 'number' ? definition.type : CHAT_INPUT;
      const existing = previous.find((command) => command.name === definition.name && command.type === type);
      const command = this.#materialise(definition, existing?.id, guildId);
      scope.set(command.id, command);
    }
    return this.list(guildId);
  }

  /** POST: create or (same name and type) overwrite one command. */
  upsert(definition: unknown, guildId?: string): { command: RegisteredCommand; created: boolean } {
    throwIfAny(validateCommand(definition, []));
    const record = definition as Record<string, unknown>;
    const type = typeof record.type === 'number' ? record.type : CHAT_INPUT;
    const scope = this.#scope(guildId);
    const existing = [...scope.values()].find((command) => command.name === record.name && command.type === type);
    const command = this.#materialise(record, existing?.id, guildId);
    scope.set(command.id, command);
    return { command, created: !existing };
  }

  /** PATCH: change fields of one command, keeping its id. */
  edit(commandId: string, patch: unknown, guildId?: string): RegisteredCommand | undefined {
    const scope = this.#scope(guildId);
    const existing = scope.get(commandId);
    if (!existing) return undefined;
    const merged = { ...existing, ...(isRecord(patch) ? patch : {}) };
    throwIfAny(validateCommand(merged, []));
    const command = this.#materialise(merged, existing.id, guildId);
    scope.set(command.id, command);
    return command;
  }

  get(commandId: string, guildId?: string): RegisteredCommand | undefined {
    return this.#scope(guildId).get(commandId);
  }

  delete(commandId: string, guildId?: string): boolean {
    return this.#scope(guildId).delete(commandId);
  }

  #scope(guildId?: string): Map<string, RegisteredCommand> {
    if (!guildId) return this.#global;
    let scope = this.#guild.get(guildId);
    if (!scope) {
      scope = new Map();
      this.#guild.set(guildId, scope);
    }
    return scope;
  }

  #materialise(definition: Record<string, unknown>, id: string | undefined, guildId?: string): RegisteredCommand {
    const type = typeof definition.type === 'number' ? definition.type : CHAT_INPUT;
    const command: RegisteredCommand = {
      default_member_permissions: null,
      nsfw: false,
      ...(guildId ? {} : { contexts: null, integration_types: [0] }),
      ...definition,
      id: id ?? snowflake(),
      application_id: this.applicationId,
      version: snowflake(),
      type,
      name: String(definition.name),
      description: typeof definition.description === 'string' ? definition.description : '',
      ...(guildId ? { guild_id: guildId } : {}),
    };
    return command;
  }
}

function throwIfAny(problems: FieldErrorTree[]): void {
  if (problems.length > 0) throw invalidFormBody(mergeFieldErrors(problems));
}

function duplicateNames(body: unknown[]): FieldErrorTree[] {
  const seen = new Set<string>();
  const problems: FieldErrorTree[] = [];
  body.forEach((definition, index) => {
    if (!isRecord(definition)) return;
    const key = `${String(definition.type ?? CHAT_INPUT)}:${String(definition.name)}`;
    if (seen.has(key)) {
      problems.push(fieldError([index, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', 'Application command names must be unique'));
    }
    seen.add(key);
  });
  return problems;
}

// User and message commands (the Apps menu) may have spaces and capitals in their names: 1 to 32 characters.
function validateMenuName(name: unknown, path: Path): FieldErrorTree[] {
  if (typeof name !== 'string' || name.trim().length === 0) return [fieldError(path, 'BASE_TYPE_REQUIRED', 'This field is required')];
  if ([...name].length > 32 || name !== name.trim()) return [fieldError(path, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid')];
  return [];
}

function validateName(name: unknown, path: Path, lowercase: boolean): FieldErrorTree[] {
  if (typeof name !== 'string' || name.length === 0) return [fieldError(path, 'BASE_TYPE_REQUIRED', 'This field is required')];
  if (!NAME_PATTERN.test(name) || (lowercase && name !== name.toLowerCase())) {
    return [fieldError(path, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid')];
  }
  return [];
}

function validateDescription(description: unknown, path: Path): FieldErrorTree[] {
  if (typeof description !== 'string' || description.length === 0) {
    return [fieldError(path, 'BASE_TYPE_REQUIRED', 'This field is required')];
  }
  if ([...description].length > 100) return [fieldError(path, 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.')];
  return [];
}

function validateCommand(definition: unknown, path: Path): FieldErrorTree[] {
  if (!isRecord(definition)) return [fieldError(path, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType')];
  const type = definition.type ?? CHAT_INPUT;
  const chatInput = type === CHAT_INPUT;
  const problems = chatInput ? validateName(definition.name, [...path, 'name'], true) : validateMenuName(definition.name, [...path, 'name']);
  if (chatInput) {
    problems.push(...validateDescription(definition.description, [...path, 'description']));
    problems.push(...validateOptions(definition.options, [...path, 'options']));
  } else {
    if (typeof definition.description === 'string' && definition.description.length > 0) {
      problems.push(fieldError([...path, 'description'], 'APPLICATION_COMMAND_DESCRIPTION_NOT_ALLOWED', 'Description must be empty'));
    }
    if (Array.isArray(definition.options) && definition.options.length > 0) {
      problems.push(fieldError([...path, 'options'], 'APPLICATION_COMMAND_OPTIONS_NOT_ALLOWED', 'Context menu commands cannot have options'));
    }
  }
  return problems;
}

function validateOptions(options: unknown, path: Path): FieldErrorTree[] {
  if (options === undefined || options === null) return [];
  if (!Array.isArray(options)) return [fieldError(path, 'BASE_TYPE_ARRAY', 'Must be an array.')];
  const problems: FieldErrorTree[] = [];
  if (options.length > 25) problems.push(fieldError(path, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.'));
  let sawOptional = false;
  options.forEach((option, index) => {
    const at = [...path, index];
    if (!isRecord(option)) {
      problems.push(fieldError(at, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType'));
      return;
    }
    problems.push(...validateName(option.name, [...at, 'name'], true));
    problems.push(...validateDescription(option.description, [...at, 'description']));
    if (typeof option.type !== 'number' || option.type < 1 || option.type > 11) {
      problems.push(fieldError([...at, 'type'], 'BASE_TYPE_CHOICES', 'Value must be one of (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11).'));
    }
    if (option.required === true && sawOptional) {
      problems.push(fieldError([...at, 'required'], 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Required options must be placed before non-required options'));
    }
    if (option.required !== true) sawOptional = true;
    if (Array.isArray(option.choices) && option.choices.length > 25) {
      problems.push(fieldError([...at, 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.'));
    }
    if (option.type === OptionType.Subcommand || option.type === OptionType.SubcommandGroup) {
      problems.push(...validateOptions(option.options, [...at, 'options']));
    }
  });
  return problems;
}
