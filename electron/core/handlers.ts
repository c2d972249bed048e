import type { Channel, Output, ParsedInput } from '../contract/index';
import type { Ctx } from './context';
import { createOperator, getStation, initStation, listOperators, updateStation } from './station';
import { createContact, createSource, listContacts, listSources } from './sources';
import { addAction, cancelEntry, createEntry, disposeEntry, getEntry, listEntries, updateEntry } from './entries';
import {
  createFir,
  createPerson,
  getFir,
  getPerson,
  linkEntry,
  linkPerson,
  listFirs,
  updateFir,
  updateFirPerson,
  updatePerson,
} from './firs';
import { search } from './search';
import { appInfo, dashboard } from './stats';
import { DOCUMENT_SELF_TRANSACTED, documentAccess, documentHandlers } from './register/handlers';
import { lastVerify, verifyAll } from './verify';
import { authStatus, login, setPin } from './auth';
import { backupStatus, checkBackup, runBackup } from './backup/service';
import { cancelImport, importFiles, importText } from './ingest/import';
import { getEvidence, listAllEvidence, listImports, listMessages, markInfoOnly, previewText, verifyEvidence } from './ingest/queries';

export type Handler<C extends Channel> = (ctx: Ctx, input: ParsedInput<C>) => Output<C> | Promise<Output<C>>;

/** channel -> service function: the one dispatch table. A channel without a handler does not compile. */
export const handlers: { [C in Channel]: Handler<C> } = {
  'station.get': (ctx) => getStation(ctx),
  'station.init': initStation,
  'station.update': updateStation,
  'operators.list': (ctx) => listOperators(ctx),
  'operators.create': createOperator,
  'operators.setPin': setPin,
  'auth.login': login,
  'auth.logout': () => ({ ok: true }),
  'auth.status': (ctx) => authStatus(ctx),
  'sources.list': (ctx) => listSources(ctx),
  'sources.create': createSource,
  'contacts.list': listContacts,
  'contacts.create': createContact,
  'entries.create': createEntry,
  'entries.update': updateEntry,
  'entries.get': getEntry,
  'entries.addAction': addAction,
  'entries.dispose': disposeEntry,
  'entries.cancel': cancelEntry,
  'entries.list': listEntries,
  'firs.create': createFir,
  'firs.update': updateFir,
  'firs.get': getFir,
  'firs.list': listFirs,
  'firs.linkEntry': linkEntry,
  'firs.linkPerson': linkPerson,
  'firs.updatePerson': updateFirPerson,
  'persons.create': createPerson,
  'persons.update': updatePerson,
  'persons.get': getPerson,
  search,
  'import.files': importFiles,
  'import.text': importText,
  'import.preview': previewText,
  'import.cancel': (_ctx, input) => ({ cancelled: cancelImport(input.token) }),
  'imports.list': (ctx) => listImports(ctx),
  'messages.list': listMessages,
  'messages.markInfoOnly': markInfoOnly,
  'evidence.list': listAllEvidence,
  'evidence.get': getEvidence,
  'evidence.verify': (ctx, input) => verifyEvidence(ctx, input.sha256),
  'backup.create': (ctx, input) => runBackup(ctx, input.dir),
  'backup.status': (ctx) => backupStatus(ctx),
  'backup.verify': checkBackup,
  'audit.verify': (ctx) => verifyAll(ctx),
  'audit.lastVerify': (ctx) => lastVerify(ctx),
  'stats.dashboard': dashboard,
  'app.info': (ctx) => appInfo(ctx),
  ...documentHandlers,
};

/** Handlers that stream files and run their own transactions; every other handler runs inside one. */
export const SELF_TRANSACTED: ReadonlySet<Channel> = new Set<Channel>([
  'auth.login',
  'backup.create',
  'backup.verify',
  'import.files',
  'import.text',
  'import.cancel',
  'evidence.verify',
  'audit.verify',
  ...DOCUMENT_SELF_TRANSACTED,
]);

/** Who may call a channel: anyone (read), first run (setup), an operator who may write, or the SHO. */
export const channelAccess: { [C in Channel]: 'read' | 'write' | 'sho' | 'setup' } = {
  'station.get': 'read',
  'station.init': 'setup',
  'station.update': 'sho',
  'operators.list': 'read',
  'operators.create': 'sho',
  'operators.setPin': 'write',
  'auth.login': 'setup',
  'auth.logout': 'setup',
  'auth.status': 'setup',
  'sources.list': 'read',
  'sources.create': 'write',
  'contacts.list': 'read',
  'contacts.create': 'write',
  'entries.create': 'write',
  'entries.update': 'write',
  'entries.get': 'read',
  'entries.addAction': 'write',
  'entries.dispose': 'sho',
  'entries.cancel': 'sho',
  'entries.list': 'read',
  'firs.create': 'write',
  'firs.update': 'write',
  'firs.get': 'read',
  'firs.list': 'read',
  'firs.linkEntry': 'write',
  'firs.linkPerson': 'write',
  'firs.updatePerson': 'write',
  'persons.create': 'write',
  'persons.update': 'write',
  'persons.get': 'read',
  search: 'read',
  'import.files': 'write',
  'import.text': 'write',
  'import.preview': 'read',
  'import.cancel': 'write',
  'imports.list': 'read',
  'messages.list': 'read',
  'messages.markInfoOnly': 'write',
  'evidence.list': 'read',
  'evidence.get': 'read',
  'evidence.verify': 'read',
  'backup.create': 'write',
  'backup.status': 'read',
  'backup.verify': 'read',
  'audit.verify': 'read',
  'audit.lastVerify': 'read',
  'stats.dashboard': 'read',
  'app.info': 'read',
  ...documentAccess,
};
