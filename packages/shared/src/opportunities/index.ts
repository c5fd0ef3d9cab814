export * from './opportunity.schemas.js';
