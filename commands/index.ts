import type { Handlers } from '../src/bot/command.js';
import { ask } from './ask.js';
import { checkSources } from './check-sources.js';
import { feedback } from './feedback.js';
import { reindex } from './reindex.js';
import { sources, sourcesPaging } from './sources.js';

/** Every command the bot registers and serves, and the handlers of the buttons and forms on its replies. */
export const handlers: Handlers = { commands: [ask, sources, reindex, checkSources], components: [feedback, sourcesPaging] };
