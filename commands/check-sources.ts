import { ApplicationCommandType, ContextMenuCommandBuilder, InteractionContextType, MessageFlags } from 'discord.js';
import type { MessageContextMenuCommandInteraction } from 'discord.js';
import { MAX_QUESTION_LENGTH, questionSchema } from '../src/answer/question.js';
import type { BotContext, MessageCommand } from '../src/bot/command.js';
import { messageClaim } from '../src/bot/message-claim.js';
import { replyWithAnswer } from './answer-reply.js';

const NO_WORDS = {
  empty: 'This message has no text, so there is nothing to check against the sources.',
  'link-only': 'This message is only a link. Check sources reads the words of a message, not the pages it links to; ask `/ask` about the claim in your own words instead.',
  'attachments-only': 'This message has no text of its own, only attachments, stickers or embeds. Check sources reads only the words of a message; ask `/ask` about what it shows instead.',
} as const;

// Context menu command names may hold spaces and capitals; this is the name members see in a message's Apps menu.
export const data = new ContextMenuCommandBuilder()
  .setName('Check sources')
  .setType(ApplicationCommandType.Message)
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .toJSON();

/**
 * What the corpus says about a posted message, by the same answer function as /ask. Discord includes the target
 * message's text in this interaction, so no privileged intent is needed. The reply is private: a check is for the
 * member who asked, not a public verdict on someone's post.
 */
export async function execute(interaction: MessageContextMenuCommandInteraction, context: BotContext): Promise<void> {
  const message = interaction.targetMessage;
  const claim = messageClaim({ content: message.content, attachments: message.attachments.size + message.stickers.size + message.embeds.length });
  if (claim.kind !== 'text') {
    await interaction.reply({ content: NO_WORDS[claim.kind], flags: MessageFlags.Ephemeral });
    return;
  }
  const question = questionSchema.safeParse(claim.text);
  if (!question.success) {
    const tooLong = claim.text.length > MAX_QUESTION_LENGTH;
    await interaction.reply({
      content: tooLong
        ? `This message is ${claim.text.length} characters long; Check sources takes at most ${MAX_QUESTION_LENGTH}. Ask \`/ask\` about the one claim you want checked.`
        : question.error.issues[0]!.message,
      flags: MessageFlags.Ephemeral,
    });
    return;
  }
  await replyWithAnswer(interaction, question.data, { ephemeral: true, content: `What the corpus says about ${message.url}:` }, context);
}

export const checkSources: MessageCommand = { kind: 'message', data, audience: 'everyone', execute };
