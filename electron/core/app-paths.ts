import path from 'node:path';

/**
 * Where the app's shipped files live, given the app root: the repository in development, app.asar when
 * packaged (electron-builder.yml keeps the same layout inside the asar). Only better-sqlite3's .node file is
 * unpacked beside it (app.asar.unpacked), and Electron's asar support finds it there by itself.
 */
export function appPaths(appRoot: string) {
  return {
    renderer: path.join(appRoot, 'dist', 'renderer'),
    preload: path.join(appRoot, 'dist', 'preload', 'preload.cjs'),
    migrations: path.join(appRoot, 'db', 'migrations'),
    resources: path.join(appRoot, 'resources'),
    /** Noto Sans Devanagari (woff2, Devanagari + Latin subsets, 400/600/700) for the printed documents. */
    fonts: path.join(appRoot, 'resources', 'fonts'),
  };
}

export type AppPaths = ReturnType<typeof appPaths>;
