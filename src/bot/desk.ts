import type { Answer } from '../answer/answer.js';
import { answerQuestion } from '../answer/engine.js';
import type { EngineConfig } from '../config/engine-config.js';
import type { Embedder } from '../embedding/embedder.js';
import { loadEmbedderFor } from '../embedding/model-policy.js';
import type { BuildProgress, BuildSummary } from '../index/build.js';
import type { Inventory } from '../index/inventory.js';
import { takeInventory } from '../index/inventory.js';
import { liveBuildDir } from '../index/layout.js';
import { IndexUnavailableError, PassageIndex, openLiveIndex } from '../index/open.js';
import { refreshIndex } from '../index/refresh.js';
import type { Logger } from './logger.js';

export class ReindexRunningError extends Error {
  override name = 'ReindexRunningError';
  constructor() {
    super('A reindex is already running; wait for it to finish.');
  }
}

interface Serving {
  index: PassageIndex;
  embedder: Embedder;
}

/**
 * The bot's hold on the engine: the index it serves and the model to query it with. A reindex builds beside
 * the live index while answers keep coming from the old one, then switches in one assignment.
 */
export class Desk {
  private serving: Serving | null = null;
  private unavailable = 'The index has not been loaded yet.';
  private running: Promise<BuildSummary | null> | null = null;
  private watcher: NodeJS.Timeout | null = null;
  private checking = false;
  private inventoryOf: { buildDir: string; inventory: Promise<Inventory> } | null = null;

  constructor(
    private readonly config: EngineConfig,
    private readonly log: Pick<Logger, 'info' | 'warn'>,
  ) {}

  /** Loads the live index; when there is none or it is broken the desk starts anyway and says why on use. */
  async load(): Promise<void> {
    let index: PassageIndex;
    try {
      index = await openLiveIndex(this.config.indexDir);
    } catch (error) {
      if (!(error instanceof IndexUnavailableError)) throw error;
      this.unavailable = error.message;
      this.log.warn(error.message);
      return;
    }
    try {
      this.serving = { index, embedder: await loadEmbedderFor(index.manifest.model, this.config) };
    } catch (error) {
      // Starting anyway beats a crash loop: /reindex rebuilds with a model that loads (the offline one at worst).
      this.unavailable = `The index was built with the embedding model ${index.manifest.model}, which cannot be loaded (${(error as Error).message.split('\n')[0]}).`;
      this.log.warn(this.unavailable);
    }
  }

  /**
   * Notices an index published by another process (`npm run reindex`) and serves it without a restart. Answers
   * already under way finish on the index they started with.
   */
  watchForNewBuilds(intervalMs = 2000): void {
    this.watcher ??= setInterval(() => void this.switchIfRebuilt(), intervalMs).unref();
  }

  stopWatching(): void {
    if (this.watcher) clearInterval(this.watcher);
    this.watcher = null;
  }

  /** Loads the live build if it is not the one being served. Returns true when it switched. */
  async switchIfRebuilt(): Promise<boolean> {
    if (this.checking || this.running) return false;
    this.checking = true;
    try {
      const live = await liveBuildDir(this.config.indexDir);
      if (!live || live === this.serving?.index.buildDir) return false;
      const index = await PassageIndex.load(live);
      const embedder =
        this.serving?.embedder.model === index.manifest.model ? this.serving.embedder : await loadEmbedderFor(index.manifest.model, this.config);
      this.serving = { index, embedder };
      this.log.info(`Now serving the index built ${index.manifest.builtAt} (${index.manifest.passages} passages).`);
      return true;
    } catch (error) {
      this.log.warn(`A new index appeared but could not be loaded; still serving the previous one (${(error as Error).message})`);
      return false;
    } finally {
      this.checking = false;
    }
  }

  /** Is there an index to answer from? */
  get ready(): boolean {
    return this.serving !== null;
  }

  get reindexing(): boolean {
    return this.running !== null;
  }

  /** Answers from the index being served; throws IndexUnavailableError when there is none. */
  async answer(question: string, top?: number): Promise<Answer> {
    const { index, embedder } = this.current();
    return answerQuestion(index, embedder, question, { top });
  }

  /** The title of an article in the served index; null without an index or when the article left the corpus. */
  articleTitle(id: string): string | null {
    return this.serving?.index.manifest.articles.find((article) => article.id === id)?.title ?? null;
  }

  /**
   * What the served index holds, read once per index build: comparing it with the corpus reads every corpus file,
   * about 2 s at 10,000 articles, too slow to repeat on every click of a /sources page.
   */
  async inventory(): Promise<Inventory> {
    const { index } = this.current();
    if (this.inventoryOf?.buildDir !== index.buildDir) {
      const inventory = takeInventory(index, this.config);
      this.inventoryOf = { buildDir: index.buildDir, inventory };
      // A failed read (the corpus folder gone, say) is not remembered: the next view tries again.
      inventory.catch(() => {
        if (this.inventoryOf?.inventory === inventory) this.inventoryOf = null;
      });
    }
    return this.inventoryOf.inventory;
  }

  /**
   * Rebuilds the index when the corpus or model changed (always with `full`), then serves the new one. One at a
   * time. Returns null when the index was already up to date.
   */
  async reindex(options: { full: boolean; onProgress?: (progress: BuildProgress) => void }): Promise<BuildSummary | null> {
    if (this.running) throw new ReindexRunningError();
    this.running = this.rebuild(options);
    try {
      return await this.running;
    } finally {
      this.running = null;
    }
  }

  private async rebuild(options: { full: boolean; onProgress?: (progress: BuildProgress) => void }): Promise<BuildSummary | null> {
    const ready = await refreshIndex(this.config, { full: options.full, warn: (line) => this.log.warn(line), onProgress: options.onProgress });
    this.serving = { index: ready.index, embedder: ready.embedder };
    return ready.rebuilt;
  }

  private current(): Serving {
    if (!this.serving) throw new IndexUnavailableError(`${this.unavailable} A maintainer can run /reindex to build it.`);
    return this.serving;
  }
}
