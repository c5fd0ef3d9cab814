import { defineMessages } from '../../common/api-messages.js';

export const PROFILE_MESSAGES = defineMessages({
  'profile.not_found': {
    id: 'Anda belum mengisi profil.',
    en: 'You have not filled in your profile yet.',
    ms: 'Anda belum mengisi profil anda.',
  },
  'profile.investor_not_found': {
    id: 'Profil investor tidak ditemukan.',
    en: 'Investor profile not found.',
    ms: 'Profil pelabur tidak dijumpai.',
  },
  'profile.business_not_found': {
    id: 'Profil usaha tidak ditemukan.',
    en: 'Business profile not found.',
    ms: 'Profil perniagaan tidak dijumpai.',
  },
  'profile.amount_implausible': {
    id: 'Jumlah ini tidak masuk akal (lebih dari US$ {maxUsd} dengan kurs saat ini).',
    en: 'This amount is implausible (more than US$ {maxUsd} at current rates).',
    ms: 'Jumlah ini tidak munasabah (melebihi US$ {maxUsd} pada kadar semasa).',
  },
});
