package org.marsad.stages.brief;
final class CauseClauses { static final String CUES = "cause-cues.tsv"; }
