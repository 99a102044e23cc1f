import { useId, useState, type FormEvent } from 'react';
import {
  RULE_KIND_LABELS,
  SCOPE_LABELS,
  type AlertRule,
  type AlertRuleKind,
  type RuleScope,
} from '@/domain/alerts/alert-rules';
import { useRulesStore } from '@/stores/rules-store';

/** What a rule watches for, in words. */
export function describeRule(r: AlertRule): string {
  switch (r.kind) {
    case 'threshold':
      return `Platform risk crosses ${r.direction} ${r.threshold}`;
    case 'grade':
      return r.direction === 'either' ? 'The grade changes' : `The grade gets ${r.direction}`;
    case 'score-change':
      return `Platform risk ${r.direction === 'rise' ? 'rises' : 'drops'} by ${r.points} or more within ${r.days} days`;
    case 'openness-regression':
      return 'A model, or a provider’s new flagship, moves toward closed';
    case 'event-severity':
      return `A new event of severity ${r.minSeverity} or more`;
    case 'lifecycle':
      return `A portfolio model is deprecated or shuts down on its channel (reminders ${r.reminderDays.join(', ')} days before)`;
  }
}

/** The alert rules: the defaults (marked), the user's own, and a form to add one. */
export function RulesSection() {
  const rules = useRulesStore((s) => s.rules);
  const store = useRulesStore.getState;
  return (
    <section aria-labelledby="rules-title" className="changes-section rules no-print">
      <h2 id="rules-title">Alert rules</h2>
      <p className="muted">
        Rules run when the app loads and whenever the data changes, over the time since your latest
        review (or the last 90 days before the first). Each trigger makes one notification, never
        two.
      </p>
      <ul className="rule-list">
        {rules.map((r) => (
          <li key={r.id}>
            <label>
              <input
                type="checkbox"
                checked={r.enabled}
                onChange={() => store().ruleToggled(r.id)}
              />{' '}
              {r.name}
            </label>{' '}
            <span className="muted">
              {describeRule(r)} · scope: {SCOPE_LABELS[r.scope]}
            </span>{' '}
            {r.builtIn ? (
              <span className="tag">Default rule</span>
            ) : (
              <button
                type="button"
                className="button button--small"
                onClick={() => store().ruleRemoved(r.id)}
              >
                Remove<span className="visually-hidden"> {r.name}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {rules.some((r) => r.builtIn) ? null : (
        <button
          type="button"
          className="button button--small"
          onClick={() => store().defaultsRestored()}
        >
          Restore the default rules
        </button>
      )}
      <RuleForm />
    </section>
  );
}

function RuleForm() {
  const id = useId();
  const [kind, setKind] = useState<AlertRuleKind>('score-change');
  const [scope, setScope] = useState<RuleScope>('watchlist');
  const [name, setName] = useState('');
  const [points, setPoints] = useState('10');
  const [days, setDays] = useState('30');
  const [threshold, setThreshold] = useState('50');
  const [direction, setDirection] = useState('rise');
  const [severity, setSeverity] = useState('4');
  const [error, setError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const base = { id: `rule-${Date.now().toString(36)}`, scope, enabled: true, builtIn: false };
    let rule: AlertRule;
    const num = (v: string) => Number(v);
    switch (kind) {
      case 'threshold':
        rule = {
          ...base,
          name: '',
          kind,
          direction: direction === 'below' ? 'below' : 'above',
          threshold: num(threshold),
        };
        break;
      case 'grade':
        rule = {
          ...base,
          name: '',
          kind,
          direction:
            direction === 'better' ? 'better' : direction === 'either' ? 'either' : 'worse',
        };
        break;
      case 'score-change':
        rule = {
          ...base,
          name: '',
          kind,
          direction: direction === 'drop' ? 'drop' : 'rise',
          points: num(points),
          days: num(days),
        };
        break;
      case 'openness-regression':
        rule = { ...base, name: '', kind };
        break;
      case 'event-severity':
        rule = { ...base, name: '', kind, minSeverity: num(severity) };
        break;
      case 'lifecycle':
        rule = { ...base, name: '', kind, reminderDays: [90, 30, 7], scope: 'portfolio' };
        break;
    }
    const invalid =
      (kind === 'threshold' && !(num(threshold) >= 0 && num(threshold) <= 100)) ||
      (kind === 'score-change' &&
        !(
          num(points) > 0 &&
          num(points) <= 100 &&
          Number.isInteger(num(days)) &&
          num(days) >= 1
        )) ||
      (kind === 'event-severity' &&
        !(Number.isInteger(num(severity)) && num(severity) >= 0 && num(severity) <= 5));
    if (invalid) {
      setError(
        'Check the numbers: a threshold 0-100, points above 0, whole days from 1, a severity 0-5.',
      );
      return;
    }
    setError(null);
    useRulesStore.getState().ruleSaved({ ...rule, name: name.trim() || describeRule(rule) });
    setName('');
  };

  const directions: Record<AlertRuleKind, string[]> = {
    threshold: ['above', 'below'],
    grade: ['worse', 'better', 'either'],
    'score-change': ['rise', 'drop'],
    'openness-regression': [],
    'event-severity': [],
    lifecycle: [],
  };
  return (
    <form className="rule-form" onSubmit={submit} aria-labelledby={`${id}-t`}>
      <h3 id={`${id}-t`}>Add a rule</h3>
      <div className="rule-form__fields">
        <label>
          Kind{' '}
          <select
            value={kind}
            onChange={(e) => {
              const k = e.target.value as AlertRuleKind;
              setKind(k);
              setDirection(directions[k][0] ?? '');
            }}
          >
            {(Object.keys(RULE_KIND_LABELS) as AlertRuleKind[]).map((k) => (
              <option key={k} value={k}>
                {RULE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        {kind !== 'lifecycle' && (
          <label>
            Scope{' '}
            <select value={scope} onChange={(e) => setScope(e.target.value as RuleScope)}>
              {(Object.keys(SCOPE_LABELS) as RuleScope[]).map((s) => (
                <option key={s} value={s}>
                  {SCOPE_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
        )}
        {directions[kind].length > 0 && (
          <label>
            Direction{' '}
            <select value={direction} onChange={(e) => setDirection(e.target.value)}>
              {directions[kind].map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          </label>
        )}
        {kind === 'threshold' && (
          <label>
            Threshold{' '}
            <input
              type="number"
              min={0}
              max={100}
              value={threshold}
              onChange={(e) => setThreshold(e.target.value)}
            />
          </label>
        )}
        {kind === 'score-change' && (
          <>
            <label>
              Points{' '}
              <input
                type="number"
                min={1}
                max={100}
                value={points}
                onChange={(e) => setPoints(e.target.value)}
              />
            </label>
            <label>
              Within days{' '}
              <input type="number" min={1} value={days} onChange={(e) => setDays(e.target.value)} />
            </label>
          </>
        )}
        {kind === 'event-severity' && (
          <label>
            Minimum severity{' '}
            <input
              type="number"
              min={0}
              max={5}
              value={severity}
              onChange={(e) => setSeverity(e.target.value)}
            />
          </label>
        )}
        <label>
          Rule name (optional){' '}
          <input
            type="text"
            value={name}
            maxLength={120}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <button type="submit" className="button">
        Add rule
      </button>
    </form>
  );
}
