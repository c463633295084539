/**
 * Modals: the checks Discord applies to a modal response (callback type 9), and the MODAL_SUBMIT data a user's
 * client sends back when they fill it in. Modals hold labels (type 18) wrapping a string select (3) or a text
 * input (4), text displays (10), or, the deprecated form, action rows holding one text input with its own label.
 * Submitting values a person could not have entered (an option the select does not offer, a required field left
 * empty, text longer than allowed) is a test mistake and throws.
 */
import { fieldError, invalidFormBody, mergeFieldErrors, type FakeApiError, type FieldErrorTree } from './errors.js';

export const ModalComponent = { ActionRow: 1, StringSelect: 3, TextInput: 4, TextDisplay: 10, Label: 18 } as const;

const LIMITS = { customId: 100, title: 45, components: 5, label: 45, labelDescription: 100, options: 25, option: 100, textInput: 4000, placeholder: 150 };

type Path = Array<string | number>;
type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const length = (value: unknown): number => (typeof value === 'string' ? [...value].length : 0);

/** What a user may type or pick in a modal: a text input's text, or a select's chosen option values. */
export type ModalValues = Record<string, string | string[]>;

/** Returns the 50035 error Discord sends for an invalid modal, or null when it is acceptable. */
export function checkModal(data: unknown): FakeApiError | null {
  const modal = isRecord(data) ? data : {};
  const problems: FieldErrorTree[] = [];
  const customIds = new Set<string>();
  const text = (value: unknown, max: number, at: Path, required = true): void => {
    if (required && length(value) === 0) problems.push(fieldError(at, 'BASE_TYPE_REQUIRED', 'This field is required'));
    else if (length(value) > max) problems.push(fieldError(at, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`));
  };
  const customId = (value: unknown, at: Path): void => {
    text(value, LIMITS.customId, at);
    if (typeof value !== 'string') return;
    if (customIds.has(value)) problems.push(fieldError(at, 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated'));
    customIds.add(value);
  };

  text(modal.custom_id, LIMITS.customId, ['data', 'custom_id']);
  text(modal.title, LIMITS.title, ['data', 'title']);
  const components = Array.isArray(modal.components) ? modal.components : [];
  if (components.length === 0 || components.length > LIMITS.components) {
    problems.push(fieldError(['data', 'components'], 'BASE_TYPE_BAD_LENGTH', `Must be between 1 and ${LIMITS.components} in length.`));
  }
  components.forEach((component, index) => {
    const at: Path = ['data', 'components', index];
    const node = isRecord(component) ? component : {};
    if (node.type === ModalComponent.Label) {
      text(node.label, LIMITS.label, [...at, 'label']);
      text(node.description, LIMITS.labelDescription, [...at, 'description'], false);
      const inner = isRecord(node.component) ? node.component : {};
      const innerAt = [...at, 'component'];
      if (inner.type === ModalComponent.StringSelect) problems.push(...checkSelect(inner, innerAt, customId));
      else if (inner.type === ModalComponent.TextInput) {
        // Inside a label the label names the field; a text input of its own label is refused.
        if ('label' in inner) problems.push(fieldError([...innerAt, 'label'], 'COMPONENT_INVALID_FIELD', 'Text input label is not allowed inside a label'));
        problems.push(...checkTextInput(inner, innerAt, customId));
      } else problems.push(fieldError([...innerAt, 'type'], 'COMPONENT_TYPE_INVALID', 'This component type is not allowed in a label'));
    } else if (node.type === ModalComponent.ActionRow) {
      const row = Array.isArray(node.components) ? node.components : [];
      const input = isRecord(row[0]) ? row[0] : {};
      if (row.length !== 1 || input.type !== ModalComponent.TextInput) {
        problems.push(fieldError([...at, 'components'], 'COMPONENT_LAYOUT_WIDTH_EXCEEDED', 'A modal action row holds exactly one text input'));
      } else {
        text(input.label, LIMITS.label, [...at, 'components', 0, 'label']);
        problems.push(...checkTextInput(input, [...at, 'components', 0], customId));
      }
    } else if (node.type === ModalComponent.TextDisplay) {
      text(node.content, LIMITS.textInput, [...at, 'content']);
    } else {
      problems.push(fieldError([...at, 'type'], 'COMPONENT_TYPE_INVALID', 'This component type is not allowed in a modal'));
    }
  });
  return problems.length > 0 ? invalidFormBody(mergeFieldErrors(problems)) : null;
}

function checkSelect(select: Json, at: Path, customId: (value: unknown, at: Path) => void): FieldErrorTree[] {
  const problems: FieldErrorTree[] = [];
  customId(select.custom_id, [...at, 'custom_id']);
  const options = Array.isArray(select.options) ? select.options : [];
  if (options.length === 0 || options.length > LIMITS.options) {
    problems.push(fieldError([...at, 'options'], 'BASE_TYPE_BAD_LENGTH', `Must be between 1 and ${LIMITS.options} in length.`));
  }
  const values = new Set<unknown>();
  options.forEach((option, index) => {
    const record = isRecord(option) ? option : {};
    for (const key of ['label', 'value'] as const) {
      if (length(record[key]) === 0) problems.push(fieldError([...at, 'options', index, key], 'BASE_TYPE_REQUIRED', 'This field is required'));
      if (length(record[key]) > LIMITS.option) problems.push(fieldError([...at, 'options', index, key], 'BASE_TYPE_MAX_LENGTH', `Must be ${LIMITS.option} or fewer in length.`));
    }
    if (length(record.description) > LIMITS.option) {
      problems.push(fieldError([...at, 'options', index, 'description'], 'BASE_TYPE_MAX_LENGTH', `Must be ${LIMITS.option} or fewer in length.`));
    }
    if (values.has(record.value)) problems.push(fieldError([...at, 'options', index, 'value'], 'SELECT_COMPONENT_OPTION_VALUE_DUPLICATED', 'Select option values must be unique'));
    values.add(record.value);
  });
  const { min, max } = selectRange(select);
  if (min > max || max > Math.max(options.length, 1)) {
    problems.push(fieldError([...at, 'max_values'], 'BASE_TYPE_MAX', `Must be at most the number of options (${options.length}).`));
  }
  if (length(select.placeholder) > LIMITS.placeholder) problems.push(fieldError([...at, 'placeholder'], 'BASE_TYPE_MAX_LENGTH', `Must be ${LIMITS.placeholder} or fewer in length.`));
  return problems;
}

function checkTextInput(input: Json, at: Path, customId: (value: unknown, at: Path) => void): FieldErrorTree[] {
  const problems: FieldErrorTree[] = [];
  customId(input.custom_id, [...at, 'custom_id']);
  if (input.style !== 1 && input.style !== 2) problems.push(fieldError([...at, 'style'], 'BASE_TYPE_CHOICES', 'Value must be one of (1, 2).'));
  const { min, max } = textRange(input);
  if (min < 0 || max < 1 || max > LIMITS.textInput || min > max) {
    problems.push(fieldError([...at, 'max_length'], 'BASE_TYPE_BAD_INT', `min_length and max_length must lie between 0 and ${LIMITS.textInput}, min first.`));
  }
  if (length(input.value) > max) problems.push(fieldError([...at, 'value'], 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`));
  return problems;
}

function selectRange(select: Json): { min: number; max: number; required: boolean } {
  const min = typeof select.min_values === 'number' ? select.min_values : 1;
  const max = typeof select.max_values === 'number' ? select.max_values : 1;
  // In a modal a select is required unless it says otherwise.
  return { min, max, required: select.required !== false };
}

function textRange(input: Json): { min: number; max: number; required: boolean } {
  return {
    min: typeof input.min_length === 'number' ? input.min_length : 0,
    max: typeof input.max_length === 'number' ? input.max_length : LIMITS.textInput,
    required: input.required !== false,
  };
}

/** The custom ids of a modal's fields (selects and text inputs), in order. */
export function modalFieldIds(modal: Json): string[] {
  return fieldsOf(modal).map(({ field }) => String(field.custom_id));
}

function fieldsOf(modal: Json): { field: Json; row: number }[] {
  const components = Array.isArray(modal.components) ? (modal.components as Json[]) : [];
  return components.flatMap((node, row) => {
    if (node.type === ModalComponent.Label && isRecord(node.component)) return [{ field: node.component, row }];
    if (node.type === ModalComponent.ActionRow && Array.isArray(node.components) && isRecord(node.components[0])) return [{ field: node.components[0], row }];
    return [];
  });
}

/**
 * The `data.components` of a MODAL_SUBMIT for `modal` filled in with `values`, shaped as Discord sends them, each
 * component with the numeric id Discord assigns in order. Throws when the values are not something a user could
 * submit.
 */
export function submittedComponents(modal: Json, values: ModalValues): Json[] {
  const title = String(modal.title);
  const known = new Set(modalFieldIds(modal));
  for (const key of Object.keys(values)) {
    if (!known.has(key)) throw new Error(`modal "${title}" has no field "${key}" (fields: ${[...known].join(', ')})`);
  }
  let nextId = 1;
  const components = Array.isArray(modal.components) ? (modal.components as Json[]) : [];
  return components.map((node) => {
    const id = typeof node.id === 'number' ? node.id : nextId;
    nextId = Math.max(nextId, id) + 1;
    if (node.type === ModalComponent.TextDisplay) return { type: node.type, id };
    const field = (node.type === ModalComponent.Label ? node.component : (node.components as Json[])[0]) as Json;
    const fieldId = typeof field.id === 'number' ? field.id : nextId;
    nextId = Math.max(nextId, fieldId) + 1;
    const submitted = { ...submittedField(field, values[String(field.custom_id)], title), id: fieldId };
    return node.type === ModalComponent.Label ? { type: node.type, id, component: submitted } : { type: node.type, id, components: [submitted] };
  });
}

function submittedField(field: Json, value: string | string[] | undefined, title: string): Json {
  const name = `modal "${title}" field "${String(field.custom_id)}"`;
  if (field.type === ModalComponent.StringSelect) {
    const chosen = value === undefined ? [] : Array.isArray(value) ? value : [value];
    const { min, max, required } = selectRange(field);
    const offered = ((field.options ?? []) as Json[]).map((option) => option.value);
    for (const choice of chosen) if (!offered.includes(choice)) throw new Error(`${name} offers no option "${choice}" (options: ${offered.join(', ')})`);
    if (chosen.length > 0 || required) {
      if (chosen.length < min || chosen.length > max) throw new Error(`${name} needs between ${min} and ${max} choice(s), got ${chosen.length}`);
    }
    return { type: field.type, custom_id: field.custom_id, values: chosen };
  }
  if (Array.isArray(value)) throw new Error(`${name} is a text input and takes a string`);
  const text = value ?? '';
  const { min, max, required } = textRange(field);
  if (required && text.length === 0) throw new Error(`${name} is required`);
  if (text.length > 0 && ([...text].length < min || [...text].length > max)) throw new Error(`${name} takes ${min} to ${max} characters, got ${[...text].length}`);
  return { type: field.type, custom_id: field.custom_id, value: text };
}
