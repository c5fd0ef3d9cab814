import { describe, expect, it } from '@jest/globals';
import { loginPathFor, safeNext } from '../safe-next';

describe('safeNext', () => {
  it('keeps a path inside the app, with its query', () => {
    expect(safeNext('/editions/42?tab=agenda')).toBe('/editions/42?tab=agenda');
  });

  it.each(['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '', null])(
    'refuses %p as a place to go after signing in',
    (next) => {
      expect(safeNext(next)).toBe('/');
    },
  );

  it('never sends a signed-in person back to the login or register page', () => {
    expect(safeNext('/login?next=/x')).toBe('/');
    expect(safeNext('/register')).toBe('/');
  });
});

describe('loginPathFor', () => {
  it('remembers the page and its query in next', () => {
    expect(loginPathFor('/editions/42', '?tab=agenda')).toBe('/login?next=%2Feditions%2F42%3Ftab%3Dagenda');
  });

  it('leaves next out for the home page', () => {
    expect(loginPathFor('/', '')).toBe('/login');
  });
});
