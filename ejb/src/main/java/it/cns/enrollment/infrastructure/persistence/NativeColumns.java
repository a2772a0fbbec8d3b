package it.cns.enrollment.infrastructure.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** The values of native queries' columns, as EclipseLink hands them over from the driver. */
public final class NativeColumns {

  private NativeColumns() {}

  /**
   * A {@code timestamptz} column as an instant (null stays null). PostgreSQL's driver gives a
   * {@link Timestamp}, or an {@link OffsetDateTime} when the column is read as one; an instant
   * stays as it is.
   *
   * @throws IllegalStateException for any other type: a query that selects no timestamp there
   */
  public static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (value instanceof Instant i) {
      return i;
    }
    throw new IllegalStateException("unexpected timestamp type " + value.getClass().getName());
  }
}
