import type { Locale } from '@serumpun/shared';

/**
 * Messages of the API that a person reads, in the three interface languages. `{name}` stands for
 * a parameter. Keys are stable so clients may also switch on them.
 */
const catalogue = {
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
  'auth.unauthenticated': {
    id: 'Silakan masuk terlebih dahulu.',
    en: 'Please sign in first.',
    ms: 'Sila log masuk dahulu.',
  },
  'auth.invalid_refresh_token': {
    id: 'Sesi Anda telah berakhir. Silakan masuk kembali.',
    en: 'Your session has ended. Please sign in again.',
    ms: 'Sesi anda telah tamat. Sila log masuk semula.',
  },
  'auth.forbidden': {
    id: 'Anda tidak memiliki izin untuk tindakan ini.',
    en: 'You do not have permission to do this.',
    ms: 'Anda tidak mempunyai kebenaran untuk tindakan ini.',
  },
  'auth.too_many_attempts': {
    id: 'Terlalu banyak percobaan masuk. Coba lagi dalam {minutes} menit.',
    en: 'Too many sign-in attempts. Try again in {minutes} minutes.',
    ms: 'Terlalu banyak cubaan log masuk. Cuba lagi dalam {minutes} minit.',
  },
  'request.malformed_json': {
    id: 'Isi permintaan bukan JSON yang valid.',
    en: 'The request body is not valid JSON.',
    ms: 'Kandungan permintaan bukan JSON yang sah.',
  },
  'request.too_large': {
    id: 'Permintaan terlalu besar.',
    en: 'The request is too large.',
    ms: 'Permintaan terlalu besar.',
  },
  'request.unsupported_media_type': {
    id: 'Jenis konten tidak didukung; kirim JSON.',
    en: 'Unsupported content type; send JSON.',
    ms: 'Jenis kandungan tidak disokong; hantar JSON.',
  },
  'request.invalid': {
    id: 'Data yang dikirim tidak valid.',
    en: 'The data sent is not valid.',
    ms: 'Data yang dihantar tidak sah.',
  },
  'request.conflict': {
    id: 'Data ini bertentangan dengan data yang sudah ada.',
    en: 'This conflicts with existing data.',
    ms: 'Data ini bercanggah dengan data sedia ada.',
  },
  'request.not_found': {
    id: 'Tidak ditemukan.',
    en: 'Not found.',
    ms: 'Tidak dijumpai.',
  },
  'server.unexpected': {
    id: 'Terjadi kesalahan tak terduga. Sebutkan kode {correlationId} saat menghubungi penyelenggara.',
    en: 'Something unexpected went wrong. Quote {correlationId} when contacting the organisers.',
    ms: 'Berlaku ralat yang tidak dijangka. Nyatakan kod {correlationId} apabila menghubungi penganjur.',
  },
  'edition.not_found': {
    id: 'Edisi tidak ditemukan.',
    en: 'Edition not found.',
    ms: 'Edisi tidak dijumpai.',
  },
} satisfies Record<string, Record<Locale, string>>;

export type ApiMessageKey = keyof typeof catalogue;

export function apiMessage(key: ApiMessageKey, locale: Locale, params: Record<string, string | number> = {}): string {
  return catalogue[key][locale].replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
