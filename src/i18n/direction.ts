/**
 * A right-to-left interface mirrors what runs along a row: the buttons' order (CSS does that),
 * the arrows drawn on them, and the arrow keys that move along them.
 */
import { languageDirection } from '../model/textDirection';
import { interfaceLocale } from './translate';

export const interfaceIsRightToLeft = (): boolean => languageDirection(interfaceLocale()) === 'rtl';

const MIRRORED: Readonly<Record<string, string>> = { '←': '→', '→': '←', ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' };

/** Text with its ← and → swapped in a right-to-left interface: "Next →" there reads "التالي ←". */
export const mirroredArrows = (text: string): string => (interfaceIsRightToLeft() ? text.replace(/[←→]/g, (arrow) => MIRRORED[arrow]!) : text);

/** A key as a left-to-right row reads it: in a right-to-left interface, ArrowLeft moves forward, as ArrowRight does in English. */
export const keyAlongRow = (key: string): string => (interfaceIsRightToLeft() ? (MIRRORED[key] && key.startsWith('Arrow') ? MIRRORED[key]! : key) : key);
