import { providerDetailSchema } from '@/domain/schema/api';
import { providerSchema } from '@/domain/schema/provider';
import { collectionQueries, detailQuery } from './query-factory';

export const providerQueries = {
  ...collectionQueries('providers', providerSchema),
  detail: (id: string) => detailQuery('providers', id, providerDetailSchema),
};
