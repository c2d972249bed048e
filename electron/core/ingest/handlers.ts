/** The import.* and imports.* channels: chat exports, pastes, forwarded messages and media into the register. */
import type { AreaHandlers } from '../context';
import { cancelImport, importFiles, importText } from './import';
import { listImports, previewText } from './queries';

export const importHandlers: AreaHandlers<'import'> = {
  'import.files': importFiles,
  'import.text': importText,
  'import.preview': previewText,
  'import.cancel': (_ctx, input) => ({ cancelled: cancelImport(input.token) }),
};

export const importsHandlers: AreaHandlers<'imports'> = { 'imports.list': (ctx) => listImports(ctx) };
