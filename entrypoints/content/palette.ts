// One palette for both sides of the on-page UI: the highlight colours painted on the page (utils/marks) and the
// matching swatches and bars in the sidebar (as --sl-cat-color custom properties in the shadow root).
import type { SourceCategory } from '@/utils/analysis/types';
import type { HighlightStyle } from '@/utils/marks/highlight';

/** Category colours as "r g b"; tints are these at TINT_ALPHA so the page's own text colour stays readable. */
export const CATEGORY_RGB: Readonly<Record<SourceCategory, string>> = {
  government: '37 99 235',
  'military-security': '220 38 38',
  expert: '5 150 105',
  organization: '147 51 234',
  media: '217 119 6',
  other: '107 114 128',
};

/** Light enough that black text on the tint keeps WCAG AA contrast on a white page, dark enough to see. */
const TINT_ALPHA = 0.2;
/** The "high-contrast" colour choice (settings.colorScheme): stronger tints and an underline in the category's
 * colour, so claims stand out for readers who cannot tell the light tints apart. */
const HIGH_CONTRAST_TINT_ALPHA = 0.34;
const HIGH_CONTRAST_CLAIM_DECORATION = (rgb: string) => `underline 2px solid rgb(${rgb})`;
/** The claims of the source the reader picked, and the one currently stepped to. */
const FOCUS_TINT = 'rgb(250 204 21 / 38%)';
const CURRENT_TINT = 'rgb(250 204 21 / 75%)';
const FLASH_TINT = 'rgb(251 146 60 / 80%)';
/** Numbers: a thick underline, so they read differently from claim tints even inside a claim. */
const NUMBER_DECORATION = 'underline 3px solid rgb(8 145 178)';
/** Dates: the quietest mark, a thin dotted underline. */
const DATE_DECORATION = 'underline 1px dotted rgb(107 114 128)';

export const LAYER = {
  claim: (category: SourceCategory): string => `sl-claim-${category}`,
  number: 'sl-number',
  date: 'sl-date',
  focus: 'sl-focus',
  current: 'sl-current',
  flash: 'sl-flash',
} as const;

/** Which layer paints on top where they overlap (a number inside a claim keeps its underline). */
export const PRIORITY = { claim: 1, date: 2, number: 3, focus: 4, current: 5, flash: 6 } as const;

export function highlightStyles(scheme: 'default' | 'high-contrast' = 'default'): Record<string, HighlightStyle> {
  const styles: Record<string, HighlightStyle> = {};
  const strong = scheme === 'high-contrast';
  for (const [category, rgb] of Object.entries(CATEGORY_RGB)) {
    const alpha = (strong ? HIGH_CONTRAST_TINT_ALPHA : TINT_ALPHA) * 100;
    styles[`sl-claim-${category}`] = {
      background: `rgb(${rgb} / ${alpha}%)`,
      ...(strong ? { decoration: HIGH_CONTRAST_CLAIM_DECORATION(rgb) } : {}),
    };
  }
  styles[LAYER.number] = { decoration: NUMBER_DECORATION };
  styles[LAYER.date] = { decoration: DATE_DECORATION };
  styles[LAYER.focus] = { background: FOCUS_TINT };
  styles[LAYER.current] = { background: CURRENT_TINT, decoration: 'underline 2px solid rgb(161 98 7)' };
  styles[LAYER.flash] = { background: FLASH_TINT };
  return styles;
}

/** `.sl-cat-<category>` classes for the shadow root: swatches and bars in the category's colour. */
export function paletteCss(): string {
  return Object.entries(CATEGORY_RGB)
    .map(([category, rgb]) => `.sl-cat-${category}{--sl-cat-color:rgb(${rgb});}`)
    .join('\n');
}
