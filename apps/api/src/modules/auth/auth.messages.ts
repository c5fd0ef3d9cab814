import { defineMessages } from '../../common/api-messages.js';

export const AUTH_MESSAGES = defineMessages({
  'auth.email_taken': {
    id: 'Email ini sudah terdaftar. Silakan masuk.',
    en: 'This email is already registered. Please sign in.',
    ms: 'E-mel ini sudah didaftarkan. Sila log masuk.',
  },
  'auth.invalid_credentials': {
    id: 'Email atau kata sandi salah.',
    en: 'Wrong email or password.',
    ms: 'E-mel atau kata laluan salah.',
  },
  'auth.invalid_refresh_token': {
    id: 'Sesi Anda telah berakhir. Silakan masuk kembali.',
    en: 'Your session has ended. Please sign in again.',
    ms: 'Sesi anda telah tamat. Sila log masuk semula.',
  },
  'auth.too_many_attempts': {
    id: 'Terlalu banyak percobaan masuk. Coba lagi dalam {minutes} menit.',
    en: 'Too many sign-in attempts. Try again in {minutes} minutes.',
    ms: 'Terlalu banyak cubaan log masuk. Cuba lagi dalam {minutes} minit.',
  },
});
