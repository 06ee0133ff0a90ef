/**
 * The rule for where a dataset may be fetched from (`?data=`), shared by the fetch and by the
 * Embed dialog that writes such addresses: http or https on the page's own site, https elsewhere.
 */
import { t } from '../i18n/translate';

export type AddressCheck = { ok: true; url: URL; sameOrigin: boolean } | { ok: false; name: string; message: string };

/**
 * Resolves `address` against the page's and says whether stancemap may fetch a dataset from it.
 * @example checkDatasetAddress('https://news.example/maps/dispute.json', location.href)
 */
export function checkDatasetAddress(address: string, base: string | undefined): AddressCheck {
  let url: URL;
  try {
    url = new URL(address, base);
  } catch {
    return { ok: false, name: address, message: t('is not a web address.') };
  }
  const name = url.href;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, name, message: t('is not an http or https address; stancemap fetches datasets from the web only.') };
  const sameOrigin = base !== undefined && new URL(base).origin === url.origin;
  if (url.protocol === 'http:' && !sameOrigin) return { ok: false, name, message: t('is a plain http address on another site; stancemap fetches datasets from other sites over https only.') };
  return { ok: true, url, sameOrigin };
}
