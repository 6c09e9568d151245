export * from './organisations';
export * from './auth';
export * from './citizens';
export * from './audit';
export * from './outreach';
export * from './bridging';
