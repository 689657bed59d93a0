/**
 * {@code marsad ask}: answers who / what / when / where / how many questions in Arabic from analysed articles, with the
 * date each answer holds for and its sources (shared/CONTRACT.md §4).
 *
 * <ul>
 *   <li>{@link org.marsad.ask.Question}: kind from the interrogative, stemmed content terms (the analysis of
 *       {@code search/MarsadArabicAnalyzer}), the noun a count asks about and its class, years, definite nouns.
 *   <li>{@link org.marsad.ask.AskIndex}: built once per corpus (and cached by {@link org.marsad.ask.AskEngine#indexFor}):
 *       body sentences, term → sentences and term → articles postings, term weights, entity names → canonicals.
 *   <li>{@code ClaimReader}: reads the claims of the asked kind in a retrieved sentence (quantities whose counted noun
 *       fits, resolved dates, persons with their role, places where it happened, a clause).
 *   <li>{@link org.marsad.ask.AskEngine}: retrieval, one best claim per source, grouping by value and month, "لا أعرف".
 * </ul>
 *
 * Word lists are resources under {@code org/marsad/ask/} ({@code question-words.txt}, {@code counted-nouns.tsv},
 * {@code role-titles.txt}, {@code place-cues.tsv}), analysed when loaded. The test set is
 * {@code src/test/resources/org/marsad/ask/questions.tsv} ({@code AskQuestionSetTest}).
 */
package org.marsad.ask;
