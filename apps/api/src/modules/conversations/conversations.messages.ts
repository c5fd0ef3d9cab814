import { defineMessages } from '../../common/api-messages.js';

export const CONVERSATION_MESSAGES = defineMessages({
  'conversation.not_found': {
    id: 'Percakapan tidak ditemukan.',
    en: 'Conversation not found.',
    ms: 'Perbualan tidak dijumpai.',
  },
  'conversation.rate_limited': {
    id: 'Anda mengirim terlalu banyak pesan. Coba lagi dalam {seconds} detik.',
    en: 'You are sending too many messages. Try again in {seconds} seconds.',
    ms: 'Anda menghantar terlalu banyak mesej. Cuba lagi dalam {seconds} saat.',
  },
});
