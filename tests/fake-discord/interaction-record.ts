/**
 * One interaction the fake sent, and everything the bot did about it: the
 * accepted callback, edits, follow-ups and every rejected attempt, each with
 * its time since the interaction was created. Tests await a response with
 * `waitFor*` and then assert on the timeline or the resulting messages.
 */
import type { FakeMessage, MessageStore, UploadedFile } from './messages.js';
import type { InteractionPayload, Invoker } from './interactions.js';
import type { ModalValues } from './modals.js';
import { ChangeNotifier, type WaitOptions } from './waiters.js';

export const CallbackType = {
  ChannelMessageWithSource: 4,
  DeferredChannelMessageWithSource: 5,
  DeferredMessageUpdate: 6,
  UpdateMessage: 7,
  ApplicationCommandAutocompleteResult: 8,
  Modal: 9,
} as const;

export type ResponseKind = 'callback' | 'edit' | 'followup' | 'fetch' | 'delete';

export interface TimelineEntry {
  kind: ResponseKind;
  /** Epoch ms when the fake handled the request. */
  at: number;
  /** ms since the interaction was created (its snowflake timestamp). */
  elapsedMs: number;
  status: number;
  ok: boolean;
  /** Discord JSON error code when rejected (e.g. 40060, 10062, 10015, 50035). */
  errorCode?: number;
  errorMessage?: string;
  /** For callbacks: the interaction response type (4, 5, 6, 7, ...). */
  callbackType?: number;
  /** Message created, edited, fetched or deleted. */
  messageId?: string;
  /** The message part of the request: callback `data`, or the webhook body. */
  message: Record<string, unknown>;
  files: UploadedFile[];
  /** Index into `discord.requests`. */
  requestIndex: number;
}

export type InteractionKindName = 'command' | 'message-command' | 'button' | 'modal-submit';

export interface InteractionRecordInit {
  kind: InteractionKindName;
  payload: InteractionPayload;
  createdAt: number;
  invoker: Invoker;
  messages: MessageStore;
  /** The message a button was clicked on (its @original for types 6/7). */
  sourceMessageId?: string;
  clickButton: (customId: string, message: FakeMessage, invoker: Invoker) => Promise<InteractionRecord>;
  submitModal: (shownBy: InteractionRecord, values: ModalValues) => Promise<InteractionRecord>;
}

export class InteractionRecord {
  readonly kind: InteractionKindName;
  readonly id: string;
  readonly token: string;
  readonly applicationId: string;
  /** The exact INTERACTION_CREATE `d` that was dispatched. */
  readonly payload: InteractionPayload;
  readonly createdAt: number;
  readonly invoker: Invoker;
  readonly timeline: TimelineEntry[] = [];
  /** Epoch ms when the dispatch frame was written to the bot's socket (undefined if still queued for a resume). */
  deliveredAt: number | undefined;
  /** Set by the routes: the message @original refers to, once there is one. */
  originalMessageId: string | undefined;
  readonly followUpIds: string[] = [];
  readonly sourceMessageId: string | undefined;
  /** The modal this interaction was answered with (callback type 9), once Discord accepted it. */
  modal: Record<string, unknown> | undefined;
  /** Set once the user has submitted that modal: a modal closes when submitted. */
  modalSubmitted = false;

  readonly #messages: MessageStore;
  readonly #changes = new ChangeNotifier();
  readonly #clickButton: InteractionRecordInit['clickButton'];
  readonly #submitModal: InteractionRecordInit['submitModal'];

  constructor(init: InteractionRecordInit) {
    this.kind = init.kind;
    this.payload = init.payload;
    this.id = init.payload.id;
    this.token = init.payload.token;
    this.applicationId = init.payload.application_id;
    this.createdAt = init.createdAt;
    this.invoker = init.invoker;
    this.#messages = init.messages;
    this.sourceMessageId = init.sourceMessageId;
    this.#clickButton = init.clickButton;
    this.#submitModal = init.submitModal;
  }

  /** Command name (`/name`, or a message command's name) or the custom id of the button or modal. */
  get name(): string {
    const data = this.payload.data;
    return String(this.kind === 'command' || this.kind === 'message-command' ? data.name : data.custom_id);
  }

  get guildId(): string | null {
    return typeof this.payload.guild_id === 'string' ? this.payload.guild_id : null;
  }

  get channelId(): string {
    return String(this.payload.channel_id);
  }

  /** The accepted callback, if any. */
  get callback(): TimelineEntry | undefined {
    return this.timeline.find((entry) => entry.kind === 'callback' && entry.ok);
  }

  get acknowledged(): boolean {
    return this.callback !== undefined;
  }

  get callbackType(): number | undefined {
    return this.callback?.callbackType;
  }

  get deferred(): boolean {
    const type = this.callbackType;
    return type === CallbackType.DeferredChannelMessageWithSource || type === CallbackType.DeferredMessageUpdate;
  }

  /** Whether the response message is ephemeral (flags & 64 on the reply or deferral). */
  get ephemeral(): boolean {
    const message = this.originalMessage;
    return message !== undefined && message.kind === 'interaction-original' && (message.flags & 64) !== 0;
  }

  /** ms from creation to the accepted callback. */
  get firstResponseMs(): number | undefined {
    return this.callback?.elapsedMs;
  }

  /** Current state of the @original message. */
  get originalMessage(): FakeMessage | undefined {
    return this.originalMessageId ? this.#messages.get(this.originalMessageId) : undefined;
  }

  get followUps(): FakeMessage[] {
    return this.followUpIds.flatMap((id) => this.#messages.get(id) ?? []);
  }

  /** Requests Discord refused (status >= 400), in order. */
  get rejected(): TimelineEntry[] {
    return this.timeline.filter((entry) => !entry.ok);
  }

  /** Accepted responses that put content in front of the user (reply/update, edits, follow-ups). */
  get responses(): TimelineEntry[] {
    return this.timeline.filter(isVisibleResponse);
  }

  /** Called by the routes. */
  addEntry(entry: TimelineEntry): void {
    this.timeline.push(entry);
    this.#changes.notify();
  }

  markDelivered(at: number): void {
    this.deliveredAt = at;
    this.#changes.notify();
  }

  /** Resolves with the first timeline entry (past or future) matching the predicate. */
  waitFor(predicate: (entry: TimelineEntry, record: InteractionRecord) => boolean, options?: WaitOptions): Promise<TimelineEntry> {
    return this.#changes.waitFor(
      () => this.timeline.find((entry) => predicate(entry, this)),
      () => `a matching response to ${this.describe()}; timeline so far: ${this.describeTimeline()}`,
      options,
    );
  }

  /** The accepted callback (defer or reply). */
  waitForCallback(options?: WaitOptions): Promise<TimelineEntry> {
    return this.waitFor((entry) => entry.kind === 'callback' && entry.ok, options);
  }

  /** The first accepted response with visible content (reply, update, edit of @original, follow-up). */
  waitForResponse(options?: WaitOptions): Promise<TimelineEntry> {
    return this.waitFor(isVisibleResponse, options);
  }

  /**
   * Waits for a visible response, then until the bot has been quiet for
   * `quietMs` (default 150 ms) so that multi-step edits have landed; resolves
   * with the last visible response.
   */
  async waitForFinal(options: WaitOptions & { quietMs?: number } = {}): Promise<TimelineEntry> {
    const deadline = Date.now() + (options.timeoutMs ?? 5000);
    await this.waitForResponse(options);
    const quietMs = options.quietMs ?? 150;
    for (;;) {
      const seen = this.timeline.length;
      await new Promise((resolve) => setTimeout(resolve, quietMs));
      if (this.timeline.length === seen) break;
      if (Date.now() > deadline) throw new Error(`${this.describe()} kept responding past the deadline: ${this.describeTimeline()}`);
    }
    const responses = this.responses;
    const last = responses[responses.length - 1];
    if (!last) throw new Error(`no visible response to ${this.describe()}`);
    return last;
  }

  /**
   * Click a button on this interaction's response (the @original message by
   * default, or a follow-up). Fails if that message has no such button.
   */
  clickButton(customId: string, options: { message?: FakeMessage } & Invoker = {}): Promise<InteractionRecord> {
    const { message = this.originalMessage, ...invoker } = options;
    if (!message) throw new Error(`${this.describe()} has no response message to click on`);
    return this.#clickButton(customId, message, { ...this.invoker, ...invoker });
  }

  /**
   * The user fills in and submits the modal this interaction was answered with (MODAL_SUBMIT). `values` maps each
   * field's custom id to the text typed or the option values picked; fields left out are submitted empty.
   */
  submitModal(values: ModalValues): Promise<InteractionRecord> {
    return this.#submitModal(this, values);
  }

  /** Waits until the bot has answered with a modal, and returns it. */
  async waitForModal(options?: WaitOptions): Promise<Record<string, unknown>> {
    await this.waitFor((entry) => entry.kind === 'callback' && entry.ok && entry.callbackType === CallbackType.Modal, options);
    return this.modal!;
  }

  describe(): string {
    const sigil = this.kind === 'command' ? '/' : this.kind === 'message-command' ? '⋯' : '#';
    return `${this.kind} ${sigil}${this.name} (${this.id})`;
  }

  describeTimeline(): string {
    if (this.timeline.length === 0) return '[]';
    return this.timeline
      .map((entry) => {
        const what = entry.kind === 'callback' ? `callback type ${entry.callbackType}` : entry.kind;
        return `${what} @${entry.elapsedMs}ms -> ${entry.status}${entry.errorCode !== undefined ? ` (${entry.errorCode})` : ''}`;
      })
      .join(', ');
  }
}

function isVisibleResponse(entry: TimelineEntry): boolean {
  if (!entry.ok) return false;
  if (entry.kind === 'edit' || entry.kind === 'followup') return true;
  return entry.kind === 'callback' && (entry.callbackType === CallbackType.ChannelMessageWithSource || entry.callbackType === CallbackType.UpdateMessage);
}
