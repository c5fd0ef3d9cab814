export * from './fields.js';
export * from './revenue-bands.js';
export * from './profile.schemas.js';
