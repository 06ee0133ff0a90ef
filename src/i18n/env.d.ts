interface ImportMetaEnv {
  /** The interface languages, comma-separated: English and each catalogue in public/locales (vite.config.ts). */
  readonly INTERFACE_LOCALES?: string;
}
