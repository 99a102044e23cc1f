import { ScoreWithGrade } from '@/components/score-cells';
import { providerRiskOf, type CatalogRow } from '@/domain/catalog/catalog-row';
import { gradeOf } from '@/domain/risk/settings';

/** A model's provider risk on the as-of date with its grade badge ("no data" without a score). */
export function ProviderRiskScore({
  row,
  providerRisk,
}: {
  row: CatalogRow;
  providerRisk: ArrayLike<number>;
}) {
  const risk = providerRiskOf(row, providerRisk);
  const score = Number.isNaN(risk) ? null : risk;
  return <ScoreWithGrade score={score} grade={gradeOf(score)} />;
}
