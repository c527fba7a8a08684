package org.courseplanner.ui.common;

/** Whose clock the week calendar shows: the school's (classes as published) or the student's own. */
public enum ZoneChoice { SCHOOL, MINE }
