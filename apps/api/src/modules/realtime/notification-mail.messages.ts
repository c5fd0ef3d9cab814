import type { NotificationType } from '@serumpun/shared';
import { defineMessages } from '../../common/api-messages.js';

/** Email subjects per notification type, and the shared lines of every email, in the three languages. */
export const NOTIFICATION_MAIL_SUBJECTS = defineMessages<NotificationType>({
  'meeting_request.received': { id: 'Permintaan pertemuan baru', en: 'New meeting request', ms: 'Permintaan mesyuarat baharu' },
  'meeting_request.accepted': { id: 'Permintaan pertemuan Anda diterima', en: 'Your meeting request was accepted', ms: 'Permintaan mesyuarat anda diterima' },
  'meeting_request.declined': { id: 'Permintaan pertemuan Anda ditolak', en: 'Your meeting request was declined', ms: 'Permintaan mesyuarat anda ditolak' },
  'meeting_request.cancelled': { id: 'Permintaan pertemuan dibatalkan', en: 'A meeting request was cancelled', ms: 'Permintaan mesyuarat dibatalkan' },
  'meeting.scheduled': { id: 'Pertemuan dijadwalkan', en: 'Meeting scheduled', ms: 'Mesyuarat dijadualkan' },
  'meeting.rescheduled': { id: 'Pertemuan dipindahkan', en: 'Meeting moved', ms: 'Mesyuarat dipindahkan' },
  'meeting.unplaced': { id: 'Pertemuan menunggu jadwal baru', en: 'Meeting waiting for a new time', ms: 'Mesyuarat menunggu masa baharu' },
  'meeting.cancelled': { id: 'Pertemuan dibatalkan', en: 'Meeting cancelled', ms: 'Mesyuarat dibatalkan' },
  'schedule.published': { id: 'Jadwal telah diterbitkan', en: 'The schedule is published', ms: 'Jadual telah diterbitkan' },
  'match.new': { id: 'Ada kecocokan baru untuk Anda', en: 'A new match for you', ms: 'Padanan baharu untuk anda' },
});

export const NOTIFICATION_MAIL_MESSAGES = defineMessages({
  'mail.open_app': {
    id: 'Buka Serumpun untuk melihat detailnya: {link}',
    en: 'Open Serumpun to see the details: {link}',
    ms: 'Buka Serumpun untuk melihat butirannya: {link}',
  },
  'mail.digest_subject': {
    id: '{count} permintaan pertemuan menunggu jawaban Anda',
    en: '{count} meeting requests are waiting for your answer',
    ms: '{count} permintaan mesyuarat menunggu jawapan anda',
  },
  'mail.digest_body': {
    id: 'Permintaan dari: {names}.',
    en: 'Requests from: {names}.',
    ms: 'Permintaan daripada: {names}.',
  },
  'mail.footer': {
    id: 'Anda menerima email ini karena terdaftar di Serumpun.',
    en: 'You receive this email because you are registered on Serumpun.',
    ms: 'Anda menerima e-mel ini kerana berdaftar di Serumpun.',
  },
});
