import { InteractionContextType, MessageFlags, SlashCommandBuilder } from 'discord.js';
import type { ChatInputCommandInteraction } from 'discord.js';
import { z } from 'zod';
import { MAX_QUESTION_LENGTH, questionSchema } from '../src/answer/question.js';
import type { BotContext, SlashCommand } from '../src/bot/command.js';
import { replyWithAnswer } from './answer-reply.js';

const optionsSchema = z.object({ question: questionSchema, private: z.boolean().default(false) });

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask about the war: the answer is verbatim quotes from curated articles, with sources')
  .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
  .addStringOption((option) =>
    option.setName('question').setDescription('Your question, in a sentence').setRequired(true).setMaxLength(MAX_QUESTION_LENGTH),
  )
  .addBooleanOption((option) => option.setName('private').setDescription('Show the answer only to you'))
  .toJSON();

export async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  const options = optionsSchema.safeParse({
    question: interaction.options.getString('question', true),
    private: interaction.options.getBoolean('private') ?? undefined,
  });
  if (!options.success) {
    await interaction.reply({ content: options.error.issues[0]!.message, flags: MessageFlags.Ephemeral });
    return;
  }
  await replyWithAnswer(interaction, options.data.question, { ephemeral: options.data.private }, context);
}

export const ask: SlashCommand = { kind: 'slash', data, audience: 'everyone', execute };
