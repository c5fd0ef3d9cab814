import { describe, expect, it } from '@jest/globals';
import { ApiRequestError } from '../api-client';
import { formMessageFor } from '../form-message';

const refusal = (message: string, details: Array<{ path: string; message: string }>) =>
  new ApiRequestError({ statusCode: 400, error: 'Bad Request', message, details: details.map((detail) => ({ ...detail, code: 'custom' })) });

describe('formMessageFor', () => {
  it('shows a refusal of the whole request in the API’s words (already in the reader’s language)', () => {
    expect(formMessageFor(refusal('Input tidak valid ((body))', [{ path: '', message: 'Tidak ada yang diubah' }]))).toEqual({ text: 'Tidak ada yang diubah' });
  });

  it('keeps the summary naming the fields when every detail is about one field', () => {
    expect(formMessageFor(refusal('Input tidak valid (closeReason)', [{ path: 'closeReason', message: 'Alasan penutupan hanya diisi saat peluang ditutup' }]))).toEqual({
      text: 'Input tidak valid (closeReason)',
    });
  });
});
