import { useId, useState, type FormEvent, type ReactNode } from 'react';
import {
  alertRuleSchema,
  DEFAULT_REMINDER_DAYS,
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
  const [editing, setEditing] = useState<string | null>(null);
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
            <button
              type="button"
              className="button button--small"
              aria-expanded={editing === r.id}
              aria-label={`Edit ${r.name}`}
              onClick={() => setEditing(editing === r.id ? null : r.id)}
            >
              Edit
            </button>{' '}
            {r.builtIn ? (
              <span className="tag">Default rule</span>
            ) : (
              <button
                type="button"
                className="button button--small"
                onClick={() => store().ruleRemoved(r.id)}
              >
                Remove<span className="visually-hidden">&nbsp;{r.name}</span>
              </button>
            )}
            {editing === r.id && <RuleForm initial={r} onDone={() => setEditing(null)} />}
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

type FieldKey = 'threshold' | 'points' | 'days' | 'severity' | 'reminders' | 'name';

/**
 * Add a rule, or (with `initial`) edit one in place: its kind stays, its parameters, scope and
 * name change. Each number is checked as the rule's schema has it and refused beside its field.
 */
function RuleForm({ initial, onDone }: { initial?: AlertRule; onDone?: () => void }) {
  const id = useId().replace(/:/g, '');
  const [kind, setKind] = useState<AlertRuleKind>(initial?.kind ?? 'score-change');
  const [scope, setScope] = useState<RuleScope>(initial?.scope ?? 'watchlist');
  const [name, setName] = useState(initial?.name ?? '');
  const [points, setPoints] = useState(
    String(initial?.kind === 'score-change' ? initial.points : 10),
  );
  const [days, setDays] = useState(String(initial?.kind === 'score-change' ? initial.days : 30));
  const [threshold, setThreshold] = useState(
    String(initial?.kind === 'threshold' ? initial.threshold : 50),
  );
  const [direction, setDirection] = useState<string>(
    initial !== undefined && 'direction' in initial ? initial.direction : 'rise',
  );
  const [severity, setSeverity] = useState(
    String(initial?.kind === 'event-severity' ? initial.minSeverity : 4),
  );
  const [reminders, setReminders] = useState(
    (initial?.kind === 'lifecycle' ? initial.reminderDays : DEFAULT_REMINDER_DAYS).join(', '),
  );
  const [errors, setErrors] = useState<Partial<Record<FieldKey, string>>>({});

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const base = {
      id: initial?.id ?? `rule-${Date.now().toString(36)}`,
      scope,
      enabled: initial?.enabled ?? true,
      builtIn: initial?.builtIn ?? false,
      name: '',
    };
    const num = (v: string) => (v.trim() === '' ? NaN : Number(v));
    const reminderDays = reminders
      .split(',')
      .map((d) => d.trim())
      .filter((d) => d !== '')
      .map(num);
    const found: Partial<Record<FieldKey, string>> = {};
    let rule: AlertRule;
    switch (kind) {
      case 'threshold':
        if (!(num(threshold) >= 0 && num(threshold) <= 100))
          found.threshold = 'Enter a threshold from 0 to 100.';
        rule = {
          ...base,
          kind,
          direction: direction === 'below' ? 'below' : 'above',
          threshold: num(threshold),
        };
        break;
      case 'grade':
        rule = {
          ...base,
          kind,
          direction:
            direction === 'better' ? 'better' : direction === 'either' ? 'either' : 'worse',
        };
        break;
      case 'score-change':
        if (!(num(points) > 0 && num(points) <= 100))
          found.points = 'Enter points above 0, at most 100.';
        if (!(Number.isInteger(num(days)) && num(days) >= 1 && num(days) <= 3650))
          found.days = 'Enter whole days from 1 to 3650.';
        rule = {
          ...base,
          kind,
          direction: direction === 'drop' ? 'drop' : 'rise',
          points: num(points),
          days: num(days),
        };
        break;
      case 'openness-regression':
        rule = { ...base, kind };
        break;
      case 'event-severity':
        if (!(Number.isInteger(num(severity)) && num(severity) >= 0 && num(severity) <= 5))
          found.severity = 'Enter a whole severity from 0 to 5.';
        rule = { ...base, kind, minSeverity: num(severity) };
        break;
      case 'lifecycle':
        if (
          reminderDays.length < 1 ||
          reminderDays.length > 10 ||
          !reminderDays.every((d) => Number.isInteger(d) && d >= 0 && d <= 3650)
        )
          found.reminders = 'Enter 1 to 10 whole day counts from 0 to 3650, separated by commas.';
        rule = { ...base, kind, reminderDays, scope: 'portfolio' };
        break;
    }
    const named = { ...rule, name: name.trim() || describeRule(rule) };
    if (Object.keys(found).length === 0 && !alertRuleSchema.safeParse(named).success)
      found.name = 'Enter a name of at most 120 characters.';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    useRulesStore.getState().ruleSaved(alertRuleSchema.parse(named));
    if (initial === undefined) setName('');
    onDone?.();
  };

  const directions: Record<AlertRuleKind, string[]> = {
    threshold: ['above', 'below'],
    grade: ['worse', 'better', 'either'],
    'score-change': ['rise', 'drop'],
    'openness-regression': [],
    'event-severity': [],
    lifecycle: [],
  };
  const field = (key: FieldKey, label: string, control: (a: FieldAria) => ReactNode) => (
    <RuleField id={`${id}-${key}`} label={label} error={errors[key]}>
      {control}
    </RuleField>
  );
  return (
    <form className="rule-form" onSubmit={submit} aria-labelledby={`${id}-t`} noValidate>
      <h3 id={`${id}-t`}>{initial ? `Edit “${initial.name}”` : 'Add a rule'}</h3>
      <div className="rule-form__fields">
        {initial === undefined && (
          <label>
            Kind{' '}
            <select
              value={kind}
              onChange={(e) => {
                const k = e.target.value as AlertRuleKind;
                setKind(k);
                setDirection(directions[k][0] ?? '');
                setErrors({});
              }}
            >
              {(Object.keys(RULE_KIND_LABELS) as AlertRuleKind[]).map((k) => (
                <option key={k} value={k}>
                  {RULE_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
        )}
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
        {kind === 'threshold' &&
          field('threshold', 'Threshold', (a) => (
            <input
              {...a}
              type="number"
              min={0}
              max={100}
              value={threshold}
              onChange={(e) => setThreshold(e.target.value)}
            />
          ))}
        {kind === 'score-change' && (
          <>
            {field('points', 'Points', (a) => (
              <input
                {...a}
                type="number"
                min={1}
                max={100}
                value={points}
                onChange={(e) => setPoints(e.target.value)}
              />
            ))}
            {field('days', 'Within days', (a) => (
              <input
                {...a}
                type="number"
                min={1}
                value={days}
                onChange={(e) => setDays(e.target.value)}
              />
            ))}
          </>
        )}
        {kind === 'event-severity' &&
          field('severity', 'Minimum severity', (a) => (
            <input
              {...a}
              type="number"
              min={0}
              max={5}
              value={severity}
              onChange={(e) => setSeverity(e.target.value)}
            />
          ))}
        {kind === 'lifecycle' &&
          field('reminders', 'Reminder days before a shutdown', (a) => (
            <input
              {...a}
              type="text"
              inputMode="numeric"
              value={reminders}
              onChange={(e) => setReminders(e.target.value)}
            />
          ))}
        {field('name', initial ? 'Rule name' : 'Rule name (optional)', (a) => (
          <input
            {...a}
            type="text"
            value={name}
            maxLength={120}
            onChange={(e) => setName(e.target.value)}
          />
        ))}
      </div>
      <button type="submit" className="button">
        {initial ? 'Save rule' : 'Add rule'}
      </button>{' '}
      {onDone && (
        <button type="button" className="button button--small" onClick={onDone}>
          Cancel
        </button>
      )}
    </form>
  );
}

interface FieldAria {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** A labelled field with its error beside it (the form kit's markup: `form-field`, `field-error`). */
function RuleField({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error: string | undefined;
  children: (aria: FieldAria) => ReactNode;
}) {
  return (
    <div className={`form-field${error ? ' form-field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>{' '}
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': error ? `${id}-error` : undefined,
      })}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
