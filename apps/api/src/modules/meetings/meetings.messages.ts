import { defineMessages } from '../../common/api-messages.js';

export const MEETING_MESSAGES = defineMessages({
  'request.not_found': {
    id: 'Permintaan pertemuan tidak ditemukan.',
    en: 'Meeting request not found.',
    ms: 'Permintaan mesyuarat tidak dijumpai.',
  },
  'request.participants_only': {
    id: 'Hanya investor dan pelaku usaha yang dapat meminta pertemuan.',
    en: 'Only investors and businesses can request meetings.',
    ms: 'Hanya pelabur dan perniagaan boleh meminta mesyuarat.',
  },
  'request.only_recipient': {
    id: 'Hanya penerima permintaan ini yang dapat menerima atau menolaknya.',
    en: 'Only the recipient of this request can accept or decline it.',
    ms: 'Hanya penerima permintaan ini boleh menerima atau menolaknya.',
  },
  'request.only_sender': {
    id: 'Hanya pengirim permintaan ini yang dapat membatalkannya.',
    en: 'Only the sender of this request can cancel it.',
    ms: 'Hanya penghantar permintaan ini boleh membatalkannya.',
  },
  'request.to_self': {
    id: 'Anda tidak dapat meminta pertemuan dengan diri sendiri.',
    en: 'You cannot request a meeting with yourself.',
    ms: 'Anda tidak boleh meminta mesyuarat dengan diri sendiri.',
  },
  'request.recipient_not_found': {
    id: 'Peserta yang dituju tidak ditemukan.',
    en: 'The participant you asked for was not found.',
    ms: 'Peserta yang dituju tidak dijumpai.',
  },
  'request.sender_not_registered': {
    id: 'Daftarkan diri Anda di edisi ini (dan tunggu persetujuan bila diperlukan) sebelum meminta pertemuan.',
    en: 'Register for this edition (and wait for approval where needed) before requesting meetings.',
    ms: 'Daftar untuk edisi ini (dan tunggu kelulusan jika perlu) sebelum meminta mesyuarat.',
  },
  'request.recipient_not_registered': {
    id: '{name} tidak terdaftar sebagai peserta edisi ini.',
    en: '{name} is not registered as a participant of this edition.',
    ms: '{name} tidak berdaftar sebagai peserta edisi ini.',
  },
  'request.duplicate_pending': {
    id: 'Sudah ada permintaan pertemuan antara Anda dan {name} yang menunggu jawaban.',
    en: 'A meeting request between you and {name} is already waiting for an answer.',
    ms: 'Sudah ada permintaan mesyuarat antara anda dan {name} yang menunggu jawapan.',
  },
  'request.already_meeting': {
    id: 'Anda dan {name} sudah memiliki pertemuan di edisi ini.',
    en: 'You and {name} already have a meeting at this edition.',
    ms: 'Anda dan {name} sudah mempunyai mesyuarat di edisi ini.',
  },
  'request.cap_reached': {
    id: 'Anda sudah memiliki {cap} permintaan yang menunggu jawaban, batas di edisi ini. Tunggu jawabannya atau batalkan salah satu sebelum mengirim yang baru.',
    en: 'You already have {cap} requests waiting for an answer, the limit at this edition. Wait for answers or cancel one before sending another.',
    ms: 'Anda sudah mempunyai {cap} permintaan yang menunggu jawapan, had di edisi ini. Tunggu jawapan atau batalkan satu sebelum menghantar yang baharu.',
  },
  'request.deadline_passed': {
    id: 'Batas waktu permintaan pertemuan di edisi ini sudah lewat.',
    en: 'The deadline for meeting requests at this edition has passed.',
    ms: 'Tarikh akhir permintaan mesyuarat di edisi ini sudah berlalu.',
  },
  'request.not_pending': {
    id: 'Permintaan ini sudah tidak menunggu jawaban (status: {status}).',
    en: 'This request is no longer waiting for an answer (status: {status}).',
    ms: 'Permintaan ini tidak lagi menunggu jawapan (status: {status}).',
  },
  'request.expired': {
    id: 'Permintaan ini sudah kedaluwarsa: batas waktu permintaan di edisi ini sudah lewat.',
    en: 'This request has expired: the request deadline of this edition has passed.',
    ms: 'Permintaan ini sudah luput: tarikh akhir permintaan di edisi ini sudah berlalu.',
  },
  'request.opportunity_invalid': {
    id: 'Peluang yang disebut harus milik Anda atau peserta yang Anda tuju.',
    en: 'The opportunity must belong to you or to the participant you are asking.',
    ms: 'Peluang yang dinyatakan mestilah milik anda atau peserta yang anda tuju.',
  },
  'slot.not_in_edition': {
    id: 'Slot ini bukan milik edisi pertemuan ini.',
    en: 'This slot does not belong to the meeting’s edition.',
    ms: 'Slot ini bukan milik edisi mesyuarat ini.',
  },
  'slot.past': {
    id: 'Slot ini sudah dimulai atau lewat; pilih slot lain.',
    en: 'This slot has already started or passed; choose another.',
    ms: 'Slot ini sudah bermula atau berlalu; pilih slot lain.',
  },
  'booking.you_are_busy': {
    id: 'Anda sudah memiliki pertemuan pada slot ini.',
    en: 'You already have a meeting in this slot.',
    ms: 'Anda sudah mempunyai mesyuarat dalam slot ini.',
  },
  'booking.participant_busy': {
    id: '{name} sudah memiliki pertemuan pada slot ini.',
    en: '{name} already has a meeting in this slot.',
    ms: '{name} sudah mempunyai mesyuarat dalam slot ini.',
  },
  'booking.you_are_unavailable': {
    id: 'Anda menandai slot ini sebagai tidak tersedia.',
    en: 'You marked this slot as unavailable.',
    ms: 'Anda menandakan slot ini sebagai tidak tersedia.',
  },
  'booking.participant_unavailable': {
    id: '{name} tidak tersedia pada slot ini.',
    en: '{name} is not available in this slot.',
    ms: '{name} tidak tersedia dalam slot ini.',
  },
  'booking.requested_table_taken': {
    id: 'Meja ini sudah dipakai pertemuan lain pada slot tersebut.',
    en: 'This table is already taken by another meeting in that slot.',
    ms: 'Meja ini sudah digunakan oleh pertemuan lain dalam slot tersebut.',
  },
  'booking.table_not_in_edition': {
    id: 'Meja ini bukan milik edisi tersebut.',
    en: 'This table does not belong to that edition.',
    ms: 'Meja ini bukan milik edisi tersebut.',
  },
  'booking.slot_full': {
    id: 'Semua {count} meja pada slot ini sudah terisi; pilih slot lain.',
    en: 'All {count} tables in this slot are taken; choose another slot.',
    ms: 'Kesemua {count} meja dalam slot ini sudah penuh; pilih slot lain.',
  },
  'booking.table_taken': {
    id: 'Meja pada slot ini baru saja terisi oleh pertemuan lain; silakan coba lagi.',
    en: 'The table in this slot was just taken by another meeting; please try again.',
    ms: 'Meja dalam slot ini baru sahaja diambil oleh mesyuarat lain; sila cuba lagi.',
  },
  'meeting.not_found': {
    id: 'Pertemuan tidak ditemukan.',
    en: 'Meeting not found.',
    ms: 'Mesyuarat tidak dijumpai.',
  },
  'meeting.not_scheduled': {
    id: 'Pertemuan ini sudah berstatus {status} dan tidak dapat diubah lagi.',
    en: 'This meeting is already {status} and can no longer be changed.',
    ms: 'Mesyuarat ini sudah berstatus {status} dan tidak boleh diubah lagi.',
  },
  'meeting.not_placed': {
    id: 'Pertemuan ini belum mendapat slot dan meja.',
    en: 'This meeting has no slot and table yet.',
    ms: 'Mesyuarat ini belum mendapat slot dan meja.',
  },
  'meeting.not_started': {
    id: 'Pertemuan ini belum dimulai; kehadiran dan hasilnya dicatat setelah waktunya tiba.',
    en: 'This meeting has not started yet; attendance and outcome are recorded once it is due.',
    ms: 'Mesyuarat ini belum bermula; kehadiran dan hasilnya direkodkan selepas waktunya tiba.',
  },
  'meeting.outcome_by_participant': {
    id: 'Hasil tindak lanjut dicatat oleh peserta pertemuan sendiri; penyelenggara hanya mencatat kehadiran.',
    en: 'The follow-up is recorded by the meeting’s participants; organisers record attendance only.',
    ms: 'Hasil susulan direkodkan oleh peserta mesyuarat sendiri; penganjur hanya merekodkan kehadiran.',
  },
  'agenda.feed_not_found': {
    id: 'Tautan kalender ini tidak berlaku lagi.',
    en: 'This calendar link is no longer valid.',
    ms: 'Pautan kalendar ini tidak lagi sah.',
  },
  'schedule.busy': {
    id: 'Jadwal sedang diubah oleh orang lain. Silakan coba lagi.',
    en: 'The schedule is being changed by someone else. Please try again.',
    ms: 'Jadual sedang diubah oleh orang lain. Sila cuba lagi.',
  },
});
