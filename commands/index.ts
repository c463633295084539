import type { Command } from '../src/bot/command.js';
import { ask } from './ask.js';
import { reindex } from './reindex.js';
import { sources } from './sources.js';

/** Every slash command the bot registers and serves. */
export const commands: Command[] = [ask, sources, reindex];
