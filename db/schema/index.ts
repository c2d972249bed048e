export * from './station';
export * from './sources';
export * from './entries';
export * from './firs';
export * from './audit';
export * from './messages';
