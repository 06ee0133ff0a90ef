import { Fragment, type ReactNode } from 'react';
import { t } from './translate';

/**
 * `t` for a sentence with elements in it (a name in <bdi>, a link): each `{name}` of the
 * translation is replaced by the element given for it, so each language orders them its own way.
 * @example tElements('By {author}', { author: <bdi>{article.author}</bdi> })
 */
export function tElements(english: string, elements: Readonly<Record<string, ReactNode>>): ReactNode {
  // A placeholder's name is passed through t as itself, so t leaves it for us to fill.
  const text = t(english, Object.fromEntries(Object.keys(elements).map((name) => [name, `{${name}}`])));
  return text.split(/(\{\w+\})/).map((piece, at) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    return <Fragment key={at}>{name !== undefined && name in elements ? elements[name] : piece}</Fragment>;
  });
}
