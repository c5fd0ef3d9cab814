import { defineMessages } from '../../common/api-messages.js';

export const EDITION_MESSAGES = defineMessages({
  'edition.not_found': {
    id: 'Edisi tidak ditemukan.',
    en: 'Edition not found.',
    ms: 'Edisi tidak dijumpai.',
  },
});
