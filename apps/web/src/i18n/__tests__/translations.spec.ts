import { describe, expect, it } from '@jest/globals';
import { translations } from '../translations';

const { id, en, ms } = translations;

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

// Plural forms differ by language (English has "_one", Indonesian and Malay do not).
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const keysOf = (tree: Tree) => new Set([...leaves(tree).keys()].map(base));

describe('translations', () => {
  it.each([
    ['en', en],
    ['ms', ms],
  ])('%s has exactly the keys of Indonesian', (_name, tree) => {
    expect([...keysOf(tree)].sort()).toEqual([...keysOf(id)].sort());
  });

  it.each([
    ['id', id],
    ['en', en],
    ['ms', ms],
  ])('%s has no empty text and keeps every placeholder', (_name, tree) => {
    const reference = leaves(id);
    for (const [key, text] of leaves(tree)) {
      expect(text.trim()).not.toBe('');
      const source = reference.get(key) ?? reference.get(`${base(key)}_other`) ?? '';
      const placeholders = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
      expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: placeholders(source) });
    }
  });

  it('writes Malay the Malaysian way', () => {
    const text = [...leaves(ms).values()].join(' ');
    expect(text).toContain('E-mel');
    expect(text).toContain('Kata laluan');
    expect(text).toContain('Pelabur');
    expect(text).not.toMatch(/kata sandi|\bEmail\b/i);
  });
});
