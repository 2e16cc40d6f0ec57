/** An application the platform knows: its key, its secret and whether it may call. */
export interface MockApp {
  readonly appKey: string;
  readonly appSecret: string;
  /** Default true; a disabled app is answered `E_AUTH_APP_KEY`. */
  readonly enabled?: boolean;
}

/** The demo app key the mock accepts by default. Synthetic: never use it against a real platform. */
export const DEMO_APP_KEY = 'demo-app';

/** The secret of {@link DEMO_APP_KEY}. */
export const DEMO_APP_SECRET = 'demo-secret-change-me';

/**
 * The apps a mock platform accepts unless given others: the demo app, and the app of the worked signing
 * example in docs/guides/signing-requests.md (`cb-demo-district`), so the guide's commands work as written.
 */
export const DEMO_APPS: readonly MockApp[] = [
  { appKey: DEMO_APP_KEY, appSecret: DEMO_APP_SECRET },
  { appKey: 'cb-demo-district', appSecret: 'cb-demo-secret-0123456789abcdef' },
];
