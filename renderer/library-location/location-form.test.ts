import { describe, expect, it } from 'vitest';
import type { LibraryLocationInfo } from '../../core/model/library-location';
import { connectRequestFromForm, formFromInfo } from './location-form';

const server = { host: 'db.court.local', port: 5433, database: 'qinggao', user: 'zhangsan', tls: true, passwordSaved: true };

describe('library location form', () => {
  it('starts from the local library with the shared server chosen last prefilled', () => {
    const info: LibraryLocationInfo = { location: { kind: 'local', dataDir: '/home/editor/.config/Qinggao' }, canSavePassword: true, lastShared: server, fallback: null };
    expect(formFromInfo(info)).toEqual({ kind: 'local', host: 'db.court.local', port: '5433', database: 'qinggao', user: 'zhangsan', password: '', tls: true, savePassword: true });
  });

  it('shows the open shared server, and port 5432 with nothing chosen before', () => {
    const open: LibraryLocationInfo = { location: { kind: 'shared', ...server, host: 'other', passwordSaved: false }, canSavePassword: false, lastShared: server, fallback: null };
    expect(formFromInfo(open)).toMatchObject({ kind: 'shared', host: 'other', savePassword: false });
    expect(formFromInfo({ location: { kind: 'local', dataDir: '/d' }, canSavePassword: false, lastShared: null, fallback: null })).toMatchObject({ kind: 'local', host: '', port: '5432', tls: false });
  });

  it('asks for the local library with nothing else', () => {
    const form = { ...formFromInfo(null), host: 'ignored' };
    expect(connectRequestFromForm(form, true)).toEqual({ request: { kind: 'local' } });
  });

  it('sends the server trimmed, leaves an empty password out so the remembered one (or PGPASSWORD) is used', () => {
    const form = { kind: 'shared' as const, host: ' 127.0.0.1 ', port: ' 1 ', database: 'qinggao ', user: ' editor', password: '', tls: false, savePassword: true };
    expect(connectRequestFromForm(form, true)).toEqual({ request: { kind: 'shared', host: '127.0.0.1', port: 1, database: 'qinggao', user: 'editor', tls: false } });
  });

  it('asks to remember a typed password only where this computer can keep it', () => {
    const form = { kind: 'shared' as const, host: 'h', port: '5432', database: 'd', user: 'u', password: ' secret ', tls: true, savePassword: true };
    expect(connectRequestFromForm(form, true)).toEqual({ request: { kind: 'shared', host: 'h', port: 5432, database: 'd', user: 'u', tls: true, password: ' secret ', savePassword: true } });
    expect(connectRequestFromForm(form, false)).toEqual({ request: { kind: 'shared', host: 'h', port: 5432, database: 'd', user: 'u', tls: true, password: ' secret ' } });
  });

  it('names what is missing or wrong instead of sending it', () => {
    const form = { kind: 'shared' as const, host: 'h', port: '5432', database: 'd', user: 'u', password: '', tls: false, savePassword: false };
    expect(connectRequestFromForm({ ...form, host: '  ' }, false)).toEqual({ problem: 'missingHost' });
    for (const port of ['', '0', '65536', '54a', '5432.5', '-1']) expect(connectRequestFromForm({ ...form, port }, false), port).toEqual({ problem: 'badPort' });
    expect(connectRequestFromForm({ ...form, port: '65535' }, false)).toMatchObject({ request: { port: 65_535 } });
    expect(connectRequestFromForm({ ...form, database: '' }, false)).toEqual({ problem: 'missingDatabase' });
    expect(connectRequestFromForm({ ...form, user: '' }, false)).toEqual({ problem: 'missingUser' });
  });
});
