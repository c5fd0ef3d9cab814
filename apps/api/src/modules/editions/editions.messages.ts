import { defineMessages } from '../../common/api-messages.js';

export const EDITION_MESSAGES = defineMessages({
  'edition.not_found': {
    id: 'Edisi tidak ditemukan.',
    en: 'Edition not found.',
    ms: 'Edisi tidak dijumpai.',
  },
  'edition.slug_taken': {
    id: 'Alamat edisi "{slug}" sudah dipakai edisi lain.',
    en: 'The edition address "{slug}" is already used by another edition.',
    ms: 'Alamat edisi "{slug}" sudah digunakan oleh edisi lain.',
  },
  'edition.layout_affects_meetings': {
    id: 'Perubahan ini mengambil slot atau meja dari {count} pertemuan yang sudah dijadwalkan ({meetings}). Kirim ulang dengan "force": true untuk tetap menyimpannya; pertemuan itu akan menunggu penjadwalan ulang dan pesertanya diberi tahu.',
    en: 'This change takes the slot or table of {count} booked meetings ({meetings}). Send it again with "force": true to save it anyway; those meetings will wait to be rescheduled and their participants will be told.',
    ms: 'Perubahan ini mengambil slot atau meja daripada {count} mesyuarat yang sudah dijadualkan ({meetings}). Hantar semula dengan "force": true untuk tetap menyimpannya; mesyuarat itu akan menunggu penjadualan semula dan pesertanya dimaklumkan.',
  },
  'edition.layout_affects_attended': {
    id: 'Perubahan ini mengambil slot atau meja dari {count} pertemuan yang sudah berlangsung atau dicatat tidak hadir; riwayat itu tidak dapat diubah.',
    en: 'This change takes the slot or table of {count} meetings that already took place or were recorded as no-shows; that history cannot be changed.',
    ms: 'Perubahan ini mengambil slot atau meja daripada {count} mesyuarat yang sudah berlangsung atau direkodkan tidak hadir; sejarah itu tidak boleh diubah.',
  },
  'edition.over': {
    id: 'Edisi ini sudah berakhir.',
    en: 'This edition is over.',
    ms: 'Edisi ini sudah tamat.',
  },
  'registration.duplicate': {
    id: 'Peserta ini sudah terdaftar di edisi ini.',
    en: 'This participant is already registered for this edition.',
    ms: 'Peserta ini sudah berdaftar untuk edisi ini.',
  },
  'registration.organiser_self': {
    id: 'Penyelenggara tidak mendaftar sebagai peserta; sebutkan userId peserta yang ingin didaftarkan.',
    en: 'Organisers do not register as participants; give the userId of the participant to register.',
    ms: 'Penganjur tidak mendaftar sebagai peserta; nyatakan userId peserta yang hendak didaftarkan.',
  },
  'registration.user_not_found': {
    id: 'Pengguna tidak ditemukan.',
    en: 'User not found.',
    ms: 'Pengguna tidak dijumpai.',
  },
  'registration.not_a_participant': {
    id: 'Hanya investor dan pelaku usaha yang dapat didaftarkan sebagai peserta.',
    en: 'Only investors and businesses can be registered as participants.',
    ms: 'Hanya pelabur dan perniagaan boleh didaftarkan sebagai peserta.',
  },
  'registration.opportunity_not_showcasable': {
    id: 'Peluang ini tidak dapat ditampilkan: hanya peluang milik Anda sendiri yang sudah terbit.',
    en: 'This opportunity cannot be showcased: only your own published opportunities can.',
    ms: 'Peluang ini tidak boleh dipamerkan: hanya peluang anda sendiri yang sudah diterbitkan.',
  },
  'registration.not_found': {
    id: 'Pendaftaran tidak ditemukan.',
    en: 'Registration not found.',
    ms: 'Pendaftaran tidak dijumpai.',
  },
  'registration.required': {
    id: 'Anda belum terdaftar (atau pendaftaran Anda belum disetujui) di edisi ini.',
    en: 'You are not registered for this edition (or your registration is not approved yet).',
    ms: 'Anda belum berdaftar (atau pendaftaran anda belum diluluskan) untuk edisi ini.',
  },
  'availability.slot_not_in_edition': {
    id: 'Slot ini bukan milik edisi ini.',
    en: 'This slot does not belong to this edition.',
    ms: 'Slot ini bukan milik edisi ini.',
  },
  'availability.slot_has_meeting': {
    id: 'Anda sudah memiliki pertemuan pada {time}; batalkan atau pindahkan pertemuan itu sebelum menandai slot ini tidak tersedia.',
    en: 'You already have a meeting at {time}; cancel or move it before marking that slot unavailable.',
    ms: 'Anda sudah mempunyai mesyuarat pada {time}; batalkan atau alihkan mesyuarat itu sebelum menandakan slot ini tidak tersedia.',
  },
  'schedule.busy': {
    id: 'Jadwal sedang diubah oleh orang lain. Silakan coba lagi.',
    en: 'The schedule is being changed by someone else. Please try again.',
    ms: 'Jadual sedang diubah oleh orang lain. Sila cuba lagi.',
  },
});
