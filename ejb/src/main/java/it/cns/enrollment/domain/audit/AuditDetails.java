package it.cns.enrollment.domain.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An audit event's detail as named values, in the order given, written to the trail as {@code
 * key=value; key=value}. Keys are short lower-case names; a null value is left out. Never a secret:
 * only identifiers, codes and what an operator typed as a label.
 */
public final class AuditDetails {

  private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9_.-]{0,39}");
  private static final Pattern PAIR_START = Pattern.compile("; (?=[a-z][a-zA-Z0-9_.-]{0,39}=)");

  private final Map<String, String> values;

  private AuditDetails(Map<String, String> values) {
    this.values = values;
  }

  public static AuditDetails none() {
    return new AuditDetails(Map.of());
  }

  public static AuditDetails of(String key, Object value) {
    return none().and(key, value);
  }

  /** These details and one more (replacing a value of the same key). */
  public AuditDetails and(String key, Object value) {
    Objects.requireNonNull(key, "key is required");
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("audit detail key " + key);
    }
    if (value == null) {
      return this;
    }
    Map<String, String> more = new LinkedHashMap<>(values);
    more.put(key, String.valueOf(value));
    return new AuditDetails(Collections.unmodifiableMap(more));
  }

  public AuditDetails and(AuditDetails more) {
    AuditDetails all = this;
    for (Map.Entry<String, String> e : more.values.entrySet()) {
      all = all.and(e.getKey(), e.getValue());
    }
    return all;
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  public Map<String, String> asMap() {
    return values;
  }

  /** {@code key=value; key=value}, or null when there is nothing. */
  public String render() {
    if (values.isEmpty()) {
      return null;
    }
    StringBuilder s = new StringBuilder();
    values.forEach(
        (k, v) -> {
          if (s.length() > 0) {
            s.append("; ");
          }
          s.append(k).append('=').append(v);
        });
    return s.toString();
  }

  /**
   * The named values of a detail as {@link #render()} wrote it, in order; empty when the text is
   * not of that form (a detail of an older release, a free text). A value may itself hold "; ": a
   * pair starts only where a key and "=" follow.
   */
  public static List<Map.Entry<String, String>> parse(String rendered) {
    if (rendered == null || rendered.isBlank()) {
      return List.of();
    }
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    for (String part : PAIR_START.split(rendered)) {
      int eq = part.indexOf('=');
      if (eq <= 0 || !KEY.matcher(part.substring(0, eq)).matches()) {
        return List.of();
      }
      pairs.add(Map.entry(part.substring(0, eq), part.substring(eq + 1)));
    }
    return List.copyOf(pairs);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AuditDetails other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return String.valueOf(render());
  }
}
