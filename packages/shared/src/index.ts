export * from './common/locale.js';
export * from './common/api-error.js';
export * from './common/pagination.js';
export * from './auth/index.js';
export * from './i18n/validation-messages.js';
export * from './editions/edition.schemas.js';
export * from './common/money.js';
export * from './taxonomies/index.js';
