/**
 * The messages an embedded map sends its parent when its height changes: our own, AMP's, and
 * the one Embedly- and Medium-style hosts listen for.
 * @example heightMessages(640, 'https://maps.example/embed.html?select=actor:russia')
 */
export function heightMessages(height: number, src: string): unknown[] {
  return [
    { type: 'stancemap:resize', height },
    { sentinel: 'amp', type: 'embed-size', height },
    { context: 'iframe.resize', src, height },
  ];
}
