import { afterEach, describe, expect, it } from 'vitest';
import CSSPropertyManager from 'happy-dom/lib/css/declaration/property-manager/CSSPropertyManager.js';

// tests/setup.ts replaces happy-dom's style copy (structuredClone) with a plain copy: the styles
// the role queries read must come out the same (under jsdom, the copy is happy-dom's own).

afterEach(() => document.body.replaceChildren());

describe('computed styles under the faster copy', () => {
  it('copies every property with its value and priority, and shares nothing with the original', () => {
    const manager = new CSSPropertyManager({
      cssText: 'color: red !important; visibility: hidden; margin: 1px 2px',
    });
    const copy = manager.clone();
    expect(copy.properties).toEqual(structuredClone(manager.properties));
    expect(Object.keys(copy.properties)).toEqual(Object.keys(manager.properties));
    expect(copy.properties.color).not.toBe(manager.properties.color);
    copy.set('color', 'blue', false);
    expect(manager.get('color')?.value).toBe('red');
  });

  it('passes inherited properties down, and follows a change of an ancestor', () => {
    document.body.innerHTML =
      '<section style="visibility: hidden; color: red"><p><b>deep</b></p></section><p><i>other</i></p>';
    const deep = document.querySelector('b') as HTMLElement;
    const other = document.querySelector('i') as HTMLElement;
    expect(getComputedStyle(deep).visibility).toBe('hidden');
    expect(getComputedStyle(deep).color).toMatch(/^(red|rgb\(255, 0, 0\))$/);
    expect(getComputedStyle(other).visibility).not.toBe('hidden');
    (document.querySelector('section') as HTMLElement).style.visibility = 'visible';
    expect(getComputedStyle(deep).visibility).toBe('visible');
  });
});
