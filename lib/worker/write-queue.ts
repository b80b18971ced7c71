/**
 * The service worker's one ordered queue for writes of the person's data: settings, history (the
 * diary and deletes included), exercise progress, delete-all and import. Each task runs after the
 * one before settles, so no read-modify-write of one context overwrites another's: pages never
 * write these stores themselves, they send messages that end up here.
 *
 * A task must not wait for another queued task (that would wait forever): queued functions call
 * each other's unqueued parts.
 */
import { serialize } from '../platform/queue';

/** Runs `task` after every write queued before it, whatever their outcome. */
export const enqueueWrite = serialize();
