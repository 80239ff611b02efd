package io.github.sla4j.holiday;

import java.time.LocalDate;

/** TEMPORARY. */
public record Holiday(String name, LocalDate date) {}
