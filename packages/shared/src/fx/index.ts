export * from './fx.schemas.js';
