import { MessageFlags } from 'discord.js';
import type { ChatInputCommandInteraction, MessageContextMenuCommandInteraction } from 'discord.js';
import type { Answer } from '../src/answer/answer.js';
import { InvalidQuestionError, parseQuestion } from '../src/answer/question.js';
import type { BotContext } from '../src/bot/command.js';
import { answerEmbed } from '../src/bot/format/answer-embed.js';
import { IndexUnavailableError } from '../src/index/open.js';
import { feedbackButtons } from './feedback.js';

export const INDEX_UNAVAILABLE =
  'The article index is unavailable right now, so I cannot quote anything. Maintainers can rebuild it with `/reindex`.';

/**
 * The one way the bot answers, for /ask and "Check sources" alike: the ask limits, a deferral, the engine's
 * answer as the /ask embed, and the feedback buttons under any answer that has quotes and was logged.
 */
export async function replyWithAnswer(
  interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
  question: string,
  options: { ephemeral: boolean; content?: string },
  context: BotContext,
): Promise<void> {
  const { desk, askLimits, log } = context;
  // A question in another language is told so privately, before an answer is deferred in public.
  try {
    parseQuestion(question);
  } catch (error) {
    if (!(error instanceof InvalidQuestionError)) throw error;
    await interaction.reply({ content: error.message, flags: MessageFlags.Ephemeral });
    return;
  }
  const refusal = askLimits.acquire(interaction.user.id);
  if (refusal) {
    const content =
      refusal.kind === 'cooldown'
        ? `Please wait ${refusal.retryAfterSeconds} s before asking again.`
        : 'I am answering many questions right now; please ask again in a few seconds.';
    await interaction.reply({ content, flags: MessageFlags.Ephemeral });
    return;
  }
  try {
    // Defer first: the answer may take longer than Discord's 3-second deadline on a cold start.
    await interaction.deferReply(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    let answer: Answer;
    try {
      answer = await desk.answer(question);
    } catch (error) {
      if (!(error instanceof IndexUnavailableError || error instanceof InvalidQuestionError)) throw error;
      log.warn({ err: error.message }, 'could not answer');
      await interaction.editReply({ content: error instanceof InvalidQuestionError ? error.message : INDEX_UNAVAILABLE });
      return;
    }
    const answerId = await logAnswer(answer, context);
    log.info({ verdict: answer.verdict, quotes: answer.quotes.length, logged: answerId !== null }, 'answered');
    const rated = answerId !== null && answer.verdict !== 'refused';
    await interaction.editReply({
      ...(options.content ? { content: options.content } : {}),
      embeds: [answerEmbed(answer)],
      components: rated ? [feedbackButtons(answerId)] : [],
    });
  } finally {
    askLimits.release();
  }
}

// The answer matters more than its log line: a database that fails costs the buttons, never the reply.
async function logAnswer(answer: Answer, { feedback, log }: BotContext): Promise<string | null> {
  try {
    return await feedback.logAnswer(answer);
  } catch (error) {
    log.error({ err: error }, 'could not log the answer; it is sent without feedback buttons');
    return null;
  }
}
