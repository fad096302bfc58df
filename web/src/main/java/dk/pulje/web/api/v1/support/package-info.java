/**
 * What every resource of API v1 shares: entity tags and {@code If-Match} ({@link dk.pulje.web.api.v1.support.EntityTags}),
 * and, as issue 13 adds them, idempotency keys, keyset cursors and validation problems.
 */
package dk.pulje.web.api.v1.support;
