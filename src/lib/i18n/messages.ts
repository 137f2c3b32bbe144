import type { Locale } from './locale';
import { en, type MessageKey } from './messages-en';
import { fr } from './messages-fr';

export type { MessageKey };

export const messages: Record<Locale, Record<MessageKey, string>> = { 'en-US': en, 'fr-FR': fr };
