package app.briefingpack.analysis.entities;

/** What a name refers to. */
public enum EntityKind { PERSON, ORGANISATION, PLACE, GROUP }
