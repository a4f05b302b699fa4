// One message catalogue, English and Simplified Chinese (ARCHITECTURE.md conventions, GEN-4).
// Each capability defines its own messages with `defineMessages` beside its code; they all land in
// one registry, so any layer can render any code in either language.
//
// Templates use {name} placeholders filled from the values object: t('X', { price: '23.09' }, 'zh-CN').

export type Lang = 'en' | 'zh-CN';
export const LANGS: readonly Lang[] = ['en', 'zh-CN'];

export interface MessageTemplate {
  readonly en: string;
  readonly zh: string;
}

const registry = new Map<string, MessageTemplate>();

/** Registers messages by code; a code defined twice with different text is a bug. */
export function defineMessages<const T extends Record<string, MessageTemplate>>(messages: T): { [K in keyof T]: K } {
  const codes = {} as { [K in keyof T]: K };
  for (const [code, template] of Object.entries(messages)) {
    const existing = registry.get(code);
    if (existing && (existing.en !== template.en || existing.zh !== template.zh)) {
      throw new Error(`message ${code} is defined twice with different text`);
    }
    registry.set(code, template);
    (codes as Record<string, string>)[code] = code;
  }
  return codes;
}

export function hasMessage(code: string): boolean {
  return registry.has(code);
}

export function allMessageCodes(): string[] {
  return [...registry.keys()].sort();
}

function fill(template: string, values: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = values[name];
    return v === undefined || v === null ? whole : String(v);
  });
}

/** Renders a message; an unknown code renders as the code itself with its values (never throws). */
export function t(code: string, values: Readonly<Record<string, unknown>> = {}, lang: Lang = 'en'): string {
  const template = registry.get(code);
  if (!template) {
    const shown = Object.entries(values)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(', ');
    return shown ? `${code} (${shown})` : code;
  }
  return fill(lang === 'zh-CN' ? template.zh : template.en, values);
}

/** Both languages at once, for JSON answers that carry `message` and `messageZh`. */
export function tBoth(code: string, values: Readonly<Record<string, unknown>> = {}): { en: string; zh: string } {
  return { en: t(code, values, 'en'), zh: t(code, values, 'zh-CN') };
}

/**
 * A business rejection or warning (GEN-4): a stable machine code, the RULEBOOK rule ID, the values
 * compared, and the message in English and Simplified Chinese. Returned as a value, never thrown.
 */
export interface RuleIssue {
  readonly code: string;
  readonly rule: string;
  readonly message: string;
  readonly messageZh: string;
  readonly values: Readonly<Record<string, unknown>>;
}

/** Builds a RuleIssue from a registered message code (values fill the message placeholders). */
export function ruleIssue(code: string, rule: string, values: Readonly<Record<string, unknown>> = {}): RuleIssue {
  const { en, zh } = tBoth(code, values);
  return { code, rule, message: en, messageZh: zh, values };
}
