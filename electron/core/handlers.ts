/**
 * The one dispatch table, assembled from each area's handlers. Its type is a mapped type over the
 * contract, so a channel without a handler does not compile. Who may call a channel and how it runs are
 * declared in the contract (electron/contract), not here.
 */
import type { Channel } from '../contract/index';
import type { Handler } from './context';
import { appHandlers } from './app-info';
import { authHandlers } from './auth';
import { backupHandlers } from './backup/service';
import { contactsHandlers } from './contacts';
import { documentsHandlers } from './documents/handlers';
import { entriesHandlers } from './entries';
import { evidenceHandlers } from './evidence/handlers';
import { exchangeHandlers } from './exchange/handlers';
import { firsHandlers } from './firs';
import { importHandlers, importsHandlers } from './ingest/handlers';
import { messagesHandlers } from './messages';
import { operatorsHandlers } from './operators';
import { personsHandlers } from './persons';
import { searchHandlers } from './search';
import { sourcesHandlers } from './sources';
import { stationHandlers } from './station';
import { statsHandlers } from './stats';
import { auditHandlers } from './verify';

export type { Handler };

export const handlers: { [C in Channel]: Handler<C> } = {
  ...appHandlers,
  ...auditHandlers,
  ...authHandlers,
  ...backupHandlers,
  ...contactsHandlers,
  ...documentsHandlers,
  ...entriesHandlers,
  ...evidenceHandlers,
  ...exchangeHandlers,
  ...firsHandlers,
  ...importHandlers,
  ...importsHandlers,
  ...messagesHandlers,
  ...operatorsHandlers,
  ...personsHandlers,
  ...searchHandlers,
  ...sourcesHandlers,
  ...stationHandlers,
  ...statsHandlers,
};
