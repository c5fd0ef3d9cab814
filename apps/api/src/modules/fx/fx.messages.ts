import { defineMessages } from '../../common/api-messages.js';

export const FX_MESSAGES = defineMessages({
  'fx.date_in_future': {
    id: 'Tanggal kurs tidak boleh di masa depan.',
    en: 'The date of the rates cannot be in the future.',
    ms: 'Tarikh kadar tidak boleh pada masa hadapan.',
  },
  'fx.no_rate': {
    id: 'Belum ada kurs untuk {currency}; minta penyelenggara mengisinya.',
    en: 'There is no exchange rate for {currency} yet; ask the organisers to set one.',
    ms: 'Belum ada kadar pertukaran untuk {currency}; minta penganjur menetapkannya.',
  },
});
