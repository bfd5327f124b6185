/** After the call (§10): agreements followed up, reminded and re-planned. Pure. */
export * from './config.js';
export * from './agreement.js';
export * from './track.js';
export * from './replan.js';
export * from './reminders.js';
export * from './ledger.js';
