import { modelDetailSchema } from '@/domain/schema/api';
import { modelSchema } from '@/domain/schema/model';
import { collectionQueries, detailQuery } from './query-factory';

export const modelQueries = {
  ...collectionQueries('models', modelSchema),
  detail: (id: string) => detailQuery('models', id, modelDetailSchema),
};
