export * from './meeting.schemas.js';
export * from './meeting-request.schemas.js';
