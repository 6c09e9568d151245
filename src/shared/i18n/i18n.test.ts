import { describe, expect, it } from 'vitest';
import { errorCodes, fieldIssueCodes } from '../errors';
import { roles } from '../access/roles';
import { auditActions } from '../schemas/audit';
import da from './da.json';
import en from './en.json';

type Tree = { [key: string]: string | Tree };

/** All leaf keys as dotted paths; plural forms (_one/_other) count as one key. */
function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keysOf(v, `${prefix}${k}.`)));
}

function leaf(tree: Tree, path: string[]): unknown {
  return path.reduce<unknown>((node, k) => (node && typeof node === 'object' ? (node as Tree)[k] : undefined), tree);
}

describe('i18n resources', () => {
  it('Danish and English have the same keys', () => {
    const daKeys = keysOf(da as Tree).sort();
    const enKeys = keysOf(en as Tree).sort();
    expect(daKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !daKeys.includes(k))).toEqual([]);
  });

  it('no translation is empty', () => {
    for (const res of [da, en]) {
      for (const key of keysOf(res as Tree)) expect(String(leaf(res as Tree, key.split('.'))).trim(), key).not.toBe('');
    }
  });

  it('every API error code, field issue code, role and audit action is translated', () => {
    for (const res of [da, en] as Tree[]) {
      for (const code of errorCodes) expect(typeof leaf(res, ['errors', code]), `errors.${code}`).toBe('string');
      for (const code of fieldIssueCodes) expect(typeof leaf(res, ['fieldErrors', code]), `fieldErrors.${code}`).toBe('string');
      for (const role of roles) expect(typeof leaf(res, ['roles', role]), `roles.${role}`).toBe('string');
      for (const action of auditActions) expect(typeof leaf(res, ['audit', 'actions', ...action.split('.')]), `audit.actions.${action}`).toBe('string');
    }
  });
});
