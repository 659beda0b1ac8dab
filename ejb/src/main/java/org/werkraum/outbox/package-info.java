/**
 * The search outbox: every change that search must learn about writes a row here in the same transaction as the
 * change, so that nothing saved can be missing from search once Elasticsearch is reachable again.
 * {@link org.werkraum.outbox.SearchIndexer} drains the rows in bulk, with back-off while Elasticsearch is away; a
 * document that cannot be built or is refused fails alone and is set aside after a few attempts, for admins to see
 * and retry ({@link org.werkraum.outbox.OutboxAdministration}).
 */
package org.werkraum.outbox;
