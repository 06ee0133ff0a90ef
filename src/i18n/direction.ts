/**
 * A right-to-left interface mirrors what runs along a row: the buttons' order (CSS does that),
 * the arrows drawn on them, and the arrow keys that move along them.
 */
import { textDirection } from '../model/textDirection';
import { interfaceIsRightToLeft, swapArrows } from './translate';

/** An arrow drawn outside t (a button's ← or →), swapped in a right-to-left interface as t swaps its own. */
export const mirroredArrows = (text: string): string => (interfaceIsRightToLeft() ? swapArrows(text) : text);

const ALONG_ROW: Readonly<Record<string, string>> = { ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' };

/** A key as a left-to-right row reads it: in a right-to-left interface, ArrowLeft moves forward, as ArrowRight does in English. */
export const keyAlongRow = (key: string): string => (interfaceIsRightToLeft() ? (ALONG_ROW[key] ?? key) : key);

/**
 * Dataset text joined to the interface's words in one string ("by محرر, The Gazette"), set apart by
 * Unicode isolates (FSI … PDI) when it runs the other way from the interface: without them its
 * neighbours' commas and words would be reordered with it. Text that runs the interface's way is
 * returned as it is.
 */
export function isolated(text: string): string {
  return textDirection(text) === (interfaceIsRightToLeft() ? 'rtl' : 'ltr') ? text : `\u2068${text}\u2069`;
}
