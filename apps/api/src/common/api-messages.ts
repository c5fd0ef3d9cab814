import type { Locale } from '@serumpun/shared';

/** A message of the API that a person reads, with its stable key (clients may switch on it). */
export interface ApiMessage {
  key: string;
  text: Record<Locale, string>;
}

/**
 * Declares a context's messages in the three interface languages; `{name}` stands for a
 * parameter. Each context keeps its own table beside its code (`auth.messages.ts`, …).
 */
export function defineMessages<Key extends string>(table: Record<Key, Record<Locale, string>>): Record<Key, ApiMessage> {
  return Object.fromEntries(Object.entries<Record<Locale, string>>(table).map(([key, text]) => [key, { key, text }])) as Record<Key, ApiMessage>;
}

export function renderMessage(message: ApiMessage, locale: Locale, params: Record<string, string | number> = {}): string {
  return message.text[locale].replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** Messages every context may use: malformed requests, conflicts, authentication, failures. */
export const COMMON_MESSAGES = defineMessages({
  'auth.unauthenticated': {
    id: 'Silakan masuk terlebih dahulu.',
    en: 'Please sign in first.',
    ms: 'Sila log masuk dahulu.',
  },
  'auth.forbidden': {
    id: 'Anda tidak memiliki izin untuk tindakan ini.',
    en: 'You do not have permission to do this.',
    ms: 'Anda tidak mempunyai kebenaran untuk tindakan ini.',
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
});
