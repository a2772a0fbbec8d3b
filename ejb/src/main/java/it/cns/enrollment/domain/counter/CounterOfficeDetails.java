package it.cns.enrollment.domain.counter;

import java.io.Serializable;

/** What a counter office tells the public: name, health agency, address, opening hours. */
public record CounterOfficeDetails(
    String name, String healthAgency, String address, String openingHours)
    implements Serializable {}
