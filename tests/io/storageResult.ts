/** The value of a StorageResult the test expects to succeed; a failure fails the test with its reason. */
export const ok = async <T>(pending: Promise<{ ok: true; value: T } | { ok: false; reason: string }>): Promise<T> => {
  const result = await pending;
  if (!result.ok) throw new Error(result.reason);
  return result.value;
};
