/**
 * Keeps analysed articles on disk between runs: {@link org.marsad.store.ArticleStore} is the contract,
 * {@link org.marsad.store.LuceneArticleStore} the Lucene index behind it (an OpenSearch store may stand behind the
 * same interface later), {@link org.marsad.store.ArticleJson} the lossless Article codec stored in each document, and
 * {@link org.marsad.store.ContentHash} the identity that makes re-ingesting the same article a no-op.
 *
 * <p>Events and stories will get stores of their own beside the article index (sibling directories under the data
 * directory), not documents mixed into it. No CLI code lives here.
 */
package org.marsad.store;
