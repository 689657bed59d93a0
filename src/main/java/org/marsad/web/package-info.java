/**
 * {@code marsad serve}: the web UI and REST API over one article store.
 *
 * <ul>
 *   <li>{@link org.marsad.web.Corpus}: the store, its search, and the events and stories grouped from it in memory
 *       by a {@link org.marsad.LiveGrouping}: grouped once when the store opens, then each ingest assigns only its
 *       new articles to events and rebuilds only the events they change; stories follow (within the ingest on a
 *       small corpus, else on a background thread). Readers see an immutable snapshot. The assignment is saved in
 *       {@code <data>/marsad-assignment.json} ({@link org.marsad.web.AssignmentFile}), so a restart keeps every
 *       event id; the id of an event merged into another answers with that event.
 *   <li>{@link org.marsad.web.MarsadServer}: Javalin 7. API under {@code /api} (OpenAPI document at
 *       {@code /api/openapi.json}); pages {@code /}, {@code /events/{id}}, {@code /stories/{id}},
 *       {@code /articles/{id}}, {@code /search?q=}, {@code /ask?q=}.
 *   <li>{@link org.marsad.web.WatchFolder}: {@code --watch DIR} ingests each new file once; what was taken is kept in
 *       {@code <data>/watch-state.tsv}, so a restart does not take it again.
 * </ul>
 *
 * <p>Safety: listens on 127.0.0.1 unless {@code --bind} says otherwise; reads are open, {@code POST /api/articles}
 * needs the token ({@code --token}, else {@code $MARSAD_TOKEN}, else one generated and printed once) as
 * {@code Authorization: Bearer T} or {@code X-Marsad-Token: T}, else 401; bodies over 10 MB get 413; pages hold at
 * most 100 items; errors are JSON {@code {"message": …}}. Pages escape all outside text ({@link org.marsad.web.Html}),
 * link only to internal paths, and are served with a Content-Security-Policy that allows no script.
 *
 * <pre>
 * marsad digest samples/ --data /tmp/m
 * marsad serve --data /tmp/m --port 8080 --token s3cret --watch ~/inbox
 * curl -H 'Authorization: Bearer s3cret' -H 'Content-Type: text/html' --data-binary @page.html \
 *      'http://127.0.0.1:8080/api/articles?name=page.html'
 * curl 'http://127.0.0.1:8080/api/search?q=قطار&amp;sort=date'
 * </pre>
 */
package org.marsad.web;
