import { defineMessages } from '../../common/api-messages.js';

export const SCHEDULING_MESSAGES = defineMessages({
  'run.not_found': {
    id: 'Proses penjadwalan tidak ditemukan.',
    en: 'Schedule run not found.',
    ms: 'Proses penjadualan tidak dijumpai.',
  },
  'run.already_active': {
    id: 'Penjadwalan untuk edisi ini sedang berjalan. Tunggu hingga selesai sebelum memulai yang baru.',
    en: 'A schedule run for this edition is already in progress. Wait for it to finish before starting another.',
    ms: 'Penjadualan untuk edisi ini sedang berjalan. Tunggu sehingga selesai sebelum memulakan yang baharu.',
  },
  'run.not_done': {
    id: 'Hasil penjadwalan ini belum siap ({status}).',
    en: 'This schedule run has no result to publish ({status}).',
    ms: 'Hasil penjadualan ini belum sedia ({status}).',
  },
  'run.already_published': {
    id: 'Hasil penjadwalan ini sudah diterbitkan.',
    en: 'This schedule run has already been published.',
    ms: 'Hasil penjadualan ini sudah diterbitkan.',
  },
  'run.stale': {
    id: 'Pertemuan, slot, meja, atau ketersediaan di edisi ini berubah sejak penjadwalan dimulai. Jalankan penjadwalan lagi; tidak ada yang diubah.',
    en: 'Meetings, slots, tables or availability of this edition changed since the run started. Run the scheduler again; nothing was changed.',
    ms: 'Mesyuarat, slot, meja atau ketersediaan edisi ini berubah sejak penjadualan dimulakan. Jalankan penjadualan sekali lagi; tiada apa yang diubah.',
  },
  'run.busy': {
    id: 'Edisi ini sedang diubah oleh orang lain. Coba lagi sebentar.',
    en: 'This edition is being changed by someone else. Try again in a moment.',
    ms: 'Edisi ini sedang diubah oleh orang lain. Cuba lagi sebentar.',
  },
  'run.interrupted': {
    id: 'Penjadwalan terhenti karena server dimulai ulang.',
    en: 'The schedule run stopped because the server restarted.',
    ms: 'Penjadualan terhenti kerana pelayan dimulakan semula.',
  },
});
