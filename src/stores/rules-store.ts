import { alertRuleSchema, DEFAULT_RULES, type AlertRule } from '@/domain/alerts/alert-rules';
import { createPersistedStore } from './create-persisted-store';
import { restoreListField, savedById } from './restore-list';

export const RULES_STORAGE_KEY = 'avrr.alert-rules';
/** 1: { rules: AlertRule[] } (a new user starts with DEFAULT_RULES, each marked built-in). */
export const RULES_VERSION = 1;

/** The alert rules, kept in this browser. */
export const useRulesStore = createPersistedStore<
  { rules: AlertRule[] },
  {
    ruleSaved: (rule: AlertRule) => void;
    ruleRemoved: (id: string) => void;
    ruleToggled: (id: string) => void;
    defaultsRestored: () => void;
  }
>(
  {
    name: RULES_STORAGE_KEY,
    version: RULES_VERSION,
    initial: { rules: [...DEFAULT_RULES] },
    migrate: (persisted) => persisted,
    restore: restoreListField('rules', alertRuleSchema, (r) => r.id, 'alert rule', 'alert rules'),
    unreadableNotice:
      'Your alert rules could not be read, so the default rules are used. A copy of what was saved is kept in this browser.',
  },
  (set) => ({
    ruleSaved: (rule) => set((s) => ({ rules: savedById(s.rules, rule) })),
    ruleRemoved: (id) => set((s) => ({ rules: s.rules.filter((r) => r.id !== id) })),
    ruleToggled: (id) =>
      set((s) => ({
        rules: s.rules.map((r) => (r.id === id ? { ...r, enabled: !r.enabled } : r)),
      })),
    defaultsRestored: () =>
      set((s) => ({
        rules: [
          ...DEFAULT_RULES,
          ...s.rules.filter((r) => !DEFAULT_RULES.some((d) => d.id === r.id)),
        ],
      })),
  }),
);
