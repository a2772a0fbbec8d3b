package it.cns.enrollment.application.security;

import it.cns.enrollment.domain.counter.CounterOffice;
import it.cns.enrollment.domain.counter.CounterOfficeDetails;
import it.cns.enrollment.domain.counter.CounterOfficeRepository;
import it.cns.enrollment.domain.error.BusinessRefusal;
import it.cns.enrollment.domain.error.ErrorCode;
import it.cns.enrollment.domain.operator.Operator;
import it.cns.enrollment.domain.operator.OperatorRepository;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory operators and counter offices for unit tests of the intranet services. */
public final class OperatorFakes {

  private OperatorFakes() {}

  public static final class Operators implements OperatorRepository {
    public final Map<String, Operator> byUsername = new LinkedHashMap<>();
    public int lockedReads;
    private long nextId = 1;

    @Override
    public Optional<Operator> findByUsername(String username) {
      return Optional.ofNullable(byUsername.get(username));
    }

    @Override
    public Optional<Operator> findByUsernameForUpdate(String username) {
      lockedReads++;
      return findByUsername(username);
    }

    @Override
    public Optional<Operator> find(long id) {
      return byUsername.values().stream().filter(o -> o.id() == id).findFirst();
    }

    @Override
    public List<Operator> list() {
      return new ArrayList<>(byUsername.values());
    }

    @Override
    public void add(Operator operator) {
      if (byUsername.containsKey(operator.username())) {
        throw new BusinessRefusal(ErrorCode.OPERATOR_USERNAME_TAKEN, "taken");
      }
      setId(operator, nextId++);
      byUsername.put(operator.username(), operator);
    }
  }

  public static final class Offices implements CounterOfficeRepository {
    public final List<CounterOffice> all = new ArrayList<>();
    private long nextId = 1;

    public CounterOffice add(String name, boolean enabled) {
      CounterOffice o = new CounterOffice(new CounterOfficeDetails(name, "ULSS", "Via 1", "8-12"));
      if (!enabled) {
        o.disable();
      }
      add(o);
      return o;
    }

    @Override
    public Optional<CounterOffice> find(long id) {
      return all.stream().filter(o -> o.id() == id).findFirst();
    }

    @Override
    public List<CounterOffice> listAll() {
      return List.copyOf(all);
    }

    @Override
    public List<CounterOffice> listEnabled() {
      return all.stream().filter(CounterOffice::isEnabled).toList();
    }

    @Override
    public void add(CounterOffice office) {
      flushCheck(office);
      setId(office, nextId++);
      all.add(office);
    }

    @Override
    public void flush() {
      for (CounterOffice o : all) {
        flushCheck(o);
      }
    }

    private void flushCheck(CounterOffice office) {
      for (CounterOffice o : all) {
        if (o != office && o.name().equals(office.name())) {
          throw new BusinessRefusal(ErrorCode.COUNTER_OFFICE_NAME_TAKEN, "taken");
        }
      }
    }
  }

  /** What the database's identity column would do. */
  public static void setId(Object entity, long id) {
    try {
      Field f = entity.getClass().getDeclaredField("id");
      f.setAccessible(true);
      f.set(entity, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
