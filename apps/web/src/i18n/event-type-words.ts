import { EVENT_TYPE_WORDS as DOMAIN_EVENT_TYPE_WORDS, type Word } from '@domain';

/**
 * Every event type the log records, with its words (libs/domain/src/vocabulary); the filter offers
 * them in this order. Looked up by any type a row carries, so a type without words shows as itself.
 */
export const EVENT_TYPE_WORDS: Readonly<Record<string, Word>> = DOMAIN_EVENT_TYPE_WORDS;
