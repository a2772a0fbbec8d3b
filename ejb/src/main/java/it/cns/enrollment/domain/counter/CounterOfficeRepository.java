package it.cns.enrollment.domain.counter;

import java.util.List;
import java.util.Optional;

/** Counter offices. */
public interface CounterOfficeRepository {

  Optional<CounterOffice> find(long id);

  /** Every office, enabled or not, by name. */
  List<CounterOffice> listAll();

  /** The offices of the public directory, by health agency and name. */
  List<CounterOffice> listEnabled();

  /**
   * Stores a new office.
   *
   * @throws it.cns.enrollment.domain.error.BusinessRefusal COUNTER_OFFICE_NAME_TAKEN
   */
  void add(CounterOffice office);

  /**
   * Writes pending changes now, so that a clash on the unique name surfaces here.
   *
   * @throws it.cns.enrollment.domain.error.BusinessRefusal COUNTER_OFFICE_NAME_TAKEN
   */
  void flush();
}
