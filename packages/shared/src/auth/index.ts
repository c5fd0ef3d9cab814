export * from './roles.js';
export * from './auth.schemas.js';
