import { defineMessages } from '../../common/api-messages.js';

export const OPPORTUNITY_MESSAGES = defineMessages({
  'opportunity.not_found': {
    id: 'Peluang investasi tidak ditemukan.',
    en: 'Opportunity not found.',
    ms: 'Peluang pelaburan tidak dijumpai.',
  },
  'opportunity.closed': {
    id: 'Peluang ini sudah ditutup dan tidak dapat diubah lagi.',
    en: 'This opportunity is closed and can no longer be changed.',
    ms: 'Peluang ini telah ditutup dan tidak boleh diubah lagi.',
  },
  'opportunity.cannot_unpublish': {
    id: 'Peluang yang sudah diterbitkan tidak dapat kembali menjadi draf; tutup saja bila perlu.',
    en: 'A published opportunity cannot go back to draft; close it instead.',
    ms: 'Peluang yang telah diterbitkan tidak boleh kembali menjadi draf; tutup sahaja jika perlu.',
  },
  'opportunity.changed_meanwhile': {
    id: 'Peluang ini baru saja diubah oleh orang lain. Muat ulang lalu coba lagi.',
    en: 'Someone else changed this opportunity just now. Reload and try again.',
    ms: 'Peluang ini baru sahaja diubah oleh orang lain. Muat semula dan cuba lagi.',
  },
  'opportunity.amount_implausible': {
    id: 'Jumlah ini tidak masuk akal (lebih dari US$ {maxUsd} dengan kurs saat ini). Periksa mata uangnya.',
    en: 'This amount is implausible (more than US$ {maxUsd} at current rates). Check the currency.',
    ms: 'Jumlah ini tidak munasabah (melebihi US$ {maxUsd} pada kadar semasa). Semak mata wangnya.',
  },
  'opportunity.invalid_cursor': {
    id: 'Kursor halaman tidak cocok dengan urutan ini; mulai lagi dari halaman pertama.',
    en: 'The page cursor does not match this sort order; start again from the first page.',
    ms: 'Kursor halaman tidak sepadan dengan susunan ini; mula semula dari halaman pertama.',
  },
});
