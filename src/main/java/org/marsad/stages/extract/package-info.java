/**
 * Extraction stages over the cleaned body, every mention a span into the original text: {@link
 * org.marsad.stages.extract.NerStage} (entities with roles and canonical names), {@link
 * org.marsad.stages.extract.DateStage} (TIMEX-style dates resolved against the reference date), {@link
 * org.marsad.stages.extract.QuantityStage} (counts with unit and counted noun) and {@link
 * org.marsad.stages.extract.QuoteStage} (reported speech with speakers). Word lists are resources of this package.
 */
package org.marsad.stages.extract;
