import { useId, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCollection } from '@/api/use-collection';
import { QueryError } from '@/components/query-error';
import { jurisdictionRisk } from '@/domain/risk/factor-rules';
import {
  DEFAULT_RISK_SETTINGS,
  FACTOR_KEYS,
  FACTOR_LABELS,
  HALF_LIFE_MAX_DAYS,
  HALF_LIFE_MIN_DAYS,
  validateRiskSettings,
  type FactorKey,
  type RiskSettings,
} from '@/domain/risk/settings';
import { writeSettingsToParams } from '@/domain/url/view-params';
import { THEMES, useSettingsStore, type Theme } from '@/stores/settings-store';
import { useRiskSettings } from '@/lib/use-view-params';
import { formatInteger, formatShare } from '@/components/format';
import { compareText } from '@/domain/compare-text';
import './settings.css';

const FACTOR_HELP: Record<FactorKey, string> = {
  openness: 'How closed the provider’s current models are (closed weights count most).',
  trajectory: 'Whether the provider’s recent moves point toward closing or opening.',
  lockIn: 'How hard it is to reach the models other than through the provider itself.',
  continuity: 'Deprecations, retirements, outages and incidents.',
  regulatory: 'Bans, blocks and binding obligations that bind the provider.',
  jurisdiction: 'Providers outside your home jurisdiction (needs a home jurisdiction below).',
};

const THEME_LABEL: Record<Theme, string> = {
  system: 'Follow the system',
  light: 'Light',
  dark: 'Dark',
};

const EXTRA_COUNTRIES = [
  'Germany',
  'United Kingdom',
  'Japan',
  'India',
  'Switzerland',
  'Netherlands',
  'Singapore',
  'Australia',
];

export default function SettingsPage() {
  const { settings } = useRiskSettings();
  const storeChange = useSettingsStore((s) => s.riskSettingsChanged);
  const theme = useSettingsStore((s) => s.theme);
  const themeChanged = useSettingsStore((s) => s.themeChanged);
  const [, setParams] = useSearchParams();
  const providers = useCollection('providers');
  const [draft, setDraft] = useState<RiskSettings>(settings);
  const [appliedFrom, setAppliedFrom] = useState(settings);
  const themeName = useId();

  // A new shared link or a reset elsewhere replaces the draft.
  if (appliedFrom !== settings) {
    setAppliedFrom(settings);
    setDraft(settings);
  }

  const issues = validateRiskSettings(draft);
  const countries = useMemo(() => {
    const fromData = providers.data?.map((p) => p.hqCountry) ?? [];
    return [...new Set([...fromData, ...EXTRA_COUNTRIES])].sort((a, b) => compareText(a, b));
  }, [providers.data]);
  const providerCountries = useMemo(
    () =>
      [...new Set(providers.data?.map((p) => p.hqCountry) ?? [])].sort((a, b) => compareText(a, b)),
    [providers.data],
  );

  function apply(next: RiskSettings) {
    setDraft(next);
    if (validateRiskSettings(next).length > 0) return; // refused: the last valid settings stay in force
    storeChange(next);
    setParams((prev) => writeSettingsToParams(prev, next), { replace: true });
  }

  function setWeight(key: FactorKey, raw: string) {
    const value = raw === '' ? Number.NaN : Number(raw);
    apply({ ...draft, weights: { ...draft.weights, [key]: value } });
  }

  const weightIssue = issues.find((i) => i.path === 'weights');
  const halfLifeIssue = issues.find((i) => i.path === 'halfLifeDays');
  const activeTotal = FACTOR_KEYS.filter(
    (k) => k !== 'jurisdiction' || draft.jurisdiction.home !== null,
  ).reduce(
    (sum, k) =>
      sum + (Number.isFinite(draft.weights[k]) && draft.weights[k] > 0 ? draft.weights[k] : 0),
    0,
  );

  return (
    <>
      <header className="page-header">
        <h1>Settings</h1>
        <p className="lead">
          How platform risk is weighted for your organisation. Changes apply at once to every page
          and are kept in this browser; when they differ from the defaults they are also in the page
          address, so a shared link shows the same scores.
        </p>
      </header>
      <QueryError
        query={providers}
        title="Provider countries could not be loaded"
        stillWorks="Weights, half-life and theme still work. Until the providers load, the home jurisdiction list holds a standard set of countries and the per-country table is empty."
      />

      <section aria-labelledby="weights-title" className="settings-section">
        <h2 id="weights-title">Factor weights</h2>
        <p className="muted small">
          Weights are relative: they are normalised over the factors in play, so 70/50 weighs the
          same as 35/25.
        </p>
        {weightIssue && (
          <p className="field-error" role="alert">
            {weightIssue.message} The last valid weights still apply.
          </p>
        )}
        <div className="weights">
          {FACTOR_KEYS.map((key) => {
            const inPlay = key !== 'jurisdiction' || draft.jurisdiction.home !== null;
            const value = draft.weights[key];
            const share =
              inPlay && activeTotal > 0 && Number.isFinite(value) && value > 0
                ? value / activeTotal
                : 0;
            const fieldIssue = issues.find((i) => i.path === `weights.${key}`);
            return (
              <div className="weight" key={key}>
                <label htmlFor={`w-${key}`} className="weight__label">
                  {FACTOR_LABELS[key]}
                </label>
                <p className="muted small weight__help" id={`w-${key}-help`}>
                  {FACTOR_HELP[key]}
                  {!inPlay && ' Not in play until a home jurisdiction is set.'}
                </p>
                <input
                  type="range"
                  min={0}
                  max={100}
                  step={1}
                  value={Number.isFinite(value) ? value : 0}
                  aria-label={`${FACTOR_LABELS[key]} weight slider`}
                  aria-describedby={`w-${key}-help`}
                  onChange={(e) => setWeight(key, e.target.value)}
                />
                <input
                  id={`w-${key}`}
                  className="weight__number"
                  type="number"
                  min={0}
                  max={1000}
                  step={1}
                  inputMode="numeric"
                  value={Number.isFinite(value) ? value : ''}
                  aria-invalid={fieldIssue ? true : undefined}
                  aria-describedby={`w-${key}-help`}
                  onChange={(e) => setWeight(key, e.target.value)}
                />
                <span className="weight__share muted small">
                  {inPlay ? formatShare(share) : 'off'}
                </span>
                {fieldIssue && <p className="field-error weight__error">{fieldIssue.message}</p>}
              </div>
            );
          })}
        </div>
        <button type="button" className="button" onClick={() => apply(DEFAULT_RISK_SETTINGS)}>
          Reset to defaults
        </button>
      </section>

      <section aria-labelledby="recency-title" className="settings-section">
        <h2 id="recency-title">Recency</h2>
        <label htmlFor="half-life">Half-life of a model or event, in days</label>
        <p className="muted small" id="half-life-help">
          An event this many days old counts half as much as one today ({HALF_LIFE_MIN_DAYS} to{' '}
          {formatInteger(HALF_LIFE_MAX_DAYS)} days; default 365).
        </p>
        <input
          id="half-life"
          type="number"
          min={HALF_LIFE_MIN_DAYS}
          max={HALF_LIFE_MAX_DAYS}
          value={Number.isFinite(draft.halfLifeDays) ? draft.halfLifeDays : ''}
          aria-describedby="half-life-help"
          aria-invalid={halfLifeIssue ? true : undefined}
          onChange={(e) =>
            apply({
              ...draft,
              halfLifeDays: e.target.value === '' ? Number.NaN : Number(e.target.value),
            })
          }
        />
        {halfLifeIssue && (
          <p className="field-error" role="alert">
            {halfLifeIssue.message} The last valid half-life still applies.
          </p>
        )}
      </section>

      <section aria-labelledby="jurisdiction-title" className="settings-section">
        <h2 id="jurisdiction-title">Jurisdiction</h2>
        <label htmlFor="home">Your organisation’s home jurisdiction</label>
        <p className="muted small" id="home-help">
          Setting it turns on the jurisdiction factor: providers headquartered there score 0,
          elsewhere 50, unless you set a country below.
        </p>
        <select
          id="home"
          aria-describedby="home-help"
          value={draft.jurisdiction.home ?? ''}
          onChange={(e) =>
            apply({
              ...draft,
              jurisdiction: {
                ...draft.jurisdiction,
                home: e.target.value === '' ? null : e.target.value,
              },
            })
          }
        >
          <option value="">Not set (factor off)</option>
          {countries.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
        {draft.jurisdiction.home !== null && (
          <div className="table-wrap jurisdiction-table">
            <table className="data-table">
              <caption className="visually-hidden">
                Jurisdiction risk per provider headquarters country
              </caption>
              <thead>
                <tr>
                  <th scope="col">Provider HQ country</th>
                  <th scope="col" className="num">
                    Jurisdiction risk (0-100)
                  </th>
                </tr>
              </thead>
              <tbody>
                {providerCountries.map((country) => {
                  const override = draft.jurisdiction.overrides[country];
                  const effective = jurisdictionRisk(country, draft.jurisdiction) ?? 0;
                  return (
                    <tr key={country}>
                      <th scope="row">{country}</th>
                      <td className="num">
                        <input
                          type="number"
                          min={0}
                          max={100}
                          aria-label={`Jurisdiction risk for ${country}`}
                          value={
                            override === undefined
                              ? effective
                              : Number.isFinite(override)
                                ? override
                                : ''
                          }
                          onChange={(e) => {
                            const overrides = { ...draft.jurisdiction.overrides };
                            overrides[country] =
                              e.target.value === '' ? Number.NaN : Number(e.target.value);
                            apply({ ...draft, jurisdiction: { ...draft.jurisdiction, overrides } });
                          }}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {issues
          .filter((i) => i.path.startsWith('jurisdiction.'))
          .map((i) => (
            <p key={i.path} className="field-error" role="alert">
              {i.message}
            </p>
          ))}
      </section>

      <section aria-labelledby="theme-title" className="settings-section">
        <h2 id="theme-title">Theme</h2>
        <fieldset className="theme-choice">
          <legend className="visually-hidden">Colour theme</legend>
          {THEMES.map((t) => (
            <label key={t} className="theme-choice__option">
              <input
                type="radio"
                name={themeName}
                value={t}
                checked={theme === t}
                onChange={() => themeChanged(t)}
              />{' '}
              {THEME_LABEL[t]}
            </label>
          ))}
        </fieldset>
      </section>
    </>
  );
}
