package org.marsad.model;

/** Coarse entity classes of the output contract. */
public enum EntityType { PER, ORG, LOC, MISC }
