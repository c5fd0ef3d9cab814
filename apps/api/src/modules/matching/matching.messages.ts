import { defineMessages } from '../../common/api-messages.js';

export const MATCHING_MESSAGES = defineMessages({
  'matches.participants_only': {
    id: 'Rekomendasi hanya untuk investor dan pelaku usaha. Penyelenggara dapat melihat pertemuan yang disarankan per edisi.',
    en: 'Matches are for investors and businesses. Organisers can see the suggested meetings of each edition.',
    ms: 'Padanan hanya untuk pelabur dan perniagaan. Penganjur boleh melihat mesyuarat yang dicadangkan bagi setiap edisi.',
  },
  'matches.target_not_found': {
    id: 'Rekomendasi ini tidak ditemukan.',
    en: 'This match was not found.',
    ms: 'Padanan ini tidak dijumpai.',
  },
  'matches.opportunity_not_found': {
    id: 'Peluang investasi tidak ditemukan.',
    en: 'Opportunity not found.',
    ms: 'Peluang pelaburan tidak dijumpai.',
  },
});
