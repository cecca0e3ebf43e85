package io.sable.engine.differential;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The pinned disagreements between dynoxide 1.2.1 and the engine, each tied to one differential
 * test, to dynoxide's outcome and the engine's there, and to the source that shows what real
 * DynamoDB does. {@link Differential} skips the comparison with dynoxide for a pinned case only
 * when both answer exactly as pinned; any other disagreement still fails.
 *
 * <p>Each entry says which side is wrong ({@link Wrong}): dynoxide ({@link Wrong#DYNOXIDE}); the
 * engine, where dynoxide agrees with DynamoDB's captured responses and the engine, which copied
 * DynamoDB Local there, does not ({@link Wrong#ENGINE}: findings for the engine, whose fix makes
 * the entry stale); both ({@link Wrong#BOTH}); or not settled by the sources ({@link
 * Wrong#UNSETTLED}). "dynalite" below is architect/dynalite, whose validation messages and
 * test suite were written against live DynamoDB.
 *
 * <p>The list is checked: when a test that compared with dynoxide ran and one of its entries
 * never matched (the two now agree, or answer otherwise), {@link Differential#close()} fails the
 * test class, so an entry that no longer departs must be removed from here.
 */
final class DynoxideDepartures {

  /** Which side departs from real DynamoDB. */
  enum Wrong {
    /** dynoxide departs from DynamoDB. */
    DYNOXIDE,
    /** The engine departs from DynamoDB (a finding for the engine). */
    ENGINE,
    /** Both depart from DynamoDB, each in its own way (a finding for the engine). */
    BOTH,
    /** The sources found do not settle what DynamoDB does. */
    UNSETTLED
  }

  /**
   * One pinned disagreement.
   *
   * @param test the differential test, {@code ClassName#method}
   * @param dynoxide dynoxide's outcome there, as {@link Differential} describes outcomes ({@code
   *     "ok <view>"} or {@code "error <Exception>|<code>|<status>|<message>"}), matched in full
   * @param engine the engine's outcome there, matched in full
   * @param wrong which side departs from DynamoDB
   * @param source what real DynamoDB does, and where that is documented or captured
   */
  record Departure(String test, Pattern dynoxide, Pattern engine, Wrong wrong, String source) {}

  static final String VALIDATION = "error DynamoDbException|ValidationException|400|";

  /** Every entry, one list per group of suites. */
  static final List<Departure> ENTRIES =
      Stream.of(ItemDepartures.ENTRIES, TransactDepartures.ENTRIES)
          .flatMap(List::stream)
          .toList();

  private DynoxideDepartures() {}

  /** A fresh record of which of {@link #ENTRIES} one {@link Differential} met. */
  static Use use() {
    return new Use(ENTRIES);
  }

  /** Which tests compared with dynoxide, and which departures matched, for one test class. */
  static final class Use {
    private final List<Departure> entries;
    private final Set<String> compared = new HashSet<>();
    private final Set<Departure> matched = new HashSet<>();

    Use(List<Departure> entries) {
      this.entries = List.copyOf(entries);
    }

    /** Records that {@code test} compared the engine with dynoxide. */
    void compared(String test) {
      compared.add(test);
    }

    /** Whether dynoxide's {@code outcome} and the engine's in {@code test} are pinned. */
    boolean departs(String test, String outcome, String engineOutcome) {
      for (Departure departure : entries) {
        if (departure.test().equals(test)
            && departure.dynoxide().matcher(outcome).matches()
            && departure.engine().matcher(engineOutcome).matches()) {
          matched.add(departure);
          return true;
        }
      }
      return false;
    }

    /**
     * Fails if a departure of a test that compared with dynoxide never matched.
     *
     * @throws AssertionError naming each stale entry
     */
    void assertNoneStale() {
      List<String> stale = new ArrayList<>();
      for (Departure departure : entries) {
        if (compared.contains(departure.test()) && !matched.contains(departure)) {
          stale.add(departure.test() + " dynoxide " + departure.dynoxide().pattern());
        }
      }
      if (!stale.isEmpty()) {
        throw new AssertionError(
            "dynoxide no longer departs as pinned in DynoxideDepartures (remove or update the entry,"
                + " unless its test failed before reaching it): " + stale);
      }
    }
  }

  static Departure dynoxide(String test, String dynoxide, String engine, String source) {
    return validation(test, dynoxide, engine, Wrong.DYNOXIDE, source);
  }

  static Departure engine(String test, String dynoxide, String engine, String source) {
    return validation(test, dynoxide, engine, Wrong.ENGINE, source);
  }

  /** A departure where both fail with a ValidationException, with these messages. */
  static Departure validation(
      String test, String dynoxide, String engine, Wrong wrong, String source) {
    return new Departure(test, exact(VALIDATION + dynoxide), exact(VALIDATION + engine), wrong, source);
  }

  static Pattern exact(String outcome) {
    return Pattern.compile(Pattern.quote(outcome));
  }
}
