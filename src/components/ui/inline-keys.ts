/**
 * Left and right arrow keys follow what the user sees: in a right-to-left page (Arabic),
 * ArrowLeft goes to the next item and ArrowRight to the previous one (WAI-ARIA's practice for
 * tabs, toolbars and other horizontal roving focus).
 */

/**
 * Whether `element` is laid out right to left: the nearest `dir="rtl"` or `dir="ltr"` on it or
 * an ancestor says (`<html dir>` follows the language; `dir="auto"` only wraps chat text).
 */
export function isRightToLeft(element: Element): boolean {
  return element.closest('[dir="rtl"], [dir="ltr"]')?.getAttribute('dir') === 'rtl';
}

/**
 * +1 for the arrow that moves forward along the line (ArrowRight left to right, ArrowLeft
 * right to left), -1 for the one that moves back, 0 for any other key.
 */
export function inlineStep(key: string, element: Element): -1 | 0 | 1 {
  const step = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
  if (step === 0) return 0;
  return isRightToLeft(element) ? (-step as -1 | 1) : step;
}
