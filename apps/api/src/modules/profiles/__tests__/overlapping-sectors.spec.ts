import { describe, expect, it } from '@jest/globals';
import { overlappingSectorCodes } from '../profiles.repository.js';

describe('overlappingSectorCodes', () => {
  it('matches a division with itself and its section', () => {
    expect(overlappingSectorCodes('C10')).toEqual(['C10', 'C']);
  });

  it('matches a section with itself and all its divisions', () => {
    expect(overlappingSectorCodes('A')).toEqual(['A', 'A01', 'A02', 'A03']);
  });
});
