import { eventSchema } from '@/domain/schema/event';
import { collectionQueries } from './query-factory';

export const eventQueries = collectionQueries('events', eventSchema);
