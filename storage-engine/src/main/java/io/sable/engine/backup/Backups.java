package io.sable.engine.backup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.BackupType;

/**
 * The on-demand backups of an engine, by ARN: in ARN order, which is by table name and then by
 * creation time. Backups outlive their table (Developer Guide, "Backing up a DynamoDB table": "If
 * you delete the table, the backup is retained"); {@code SYSTEM} backups expire 35 days after their
 * creation (API Reference, {@code BackupSummary}). Thread-safe.
 */
public final class Backups {
  /** How long a {@code SYSTEM} backup is kept. */
  public static final Duration SYSTEM_BACKUP_RETENTION = Duration.ofDays(35);

  private final ConcurrentSkipListMap<String, Backup> byArn = new ConcurrentSkipListMap<>();
  private final Clock clock;
  private final Duration creation;
  private volatile Store store = Store.NONE;

  /**
   * Where a durable engine keeps its backups: told of each backup added (before it is returned to
   * the caller; if {@link #saved} throws, the backup is not added) and removed (also on expiry).
   */
  public interface Store {
    /** No storage: an in-memory engine. */
    Store NONE = new Store() {
      @Override
      public void saved(Backup backup) {}

      @Override
      public void deleted(Backup backup) {}
    };

    /** Keeps {@code backup}, durably, before returning. */
    void saved(Backup backup);

    /** Forgets {@code backup}. */
    void deleted(Backup backup);
  }

  /** From now on, tells {@code store} of every backup added and removed. */
  public void persistTo(Store store) {
    this.store = store;
  }

  /** Adds a backup read back from storage (a durable engine's recovery). */
  public void load(Backup backup) {
    byArn.put(backup.arn(), backup);
  }

  /**
   * An empty catalog.
   *
   * @param creation how long a new backup stays {@code CREATING}
   */
  public Backups(Clock clock, Duration creation) {
    this.clock = clock;
    this.creation = creation;
  }

  /**
   * Adds a backup of {@code image} made now; its ARN is the image's table ARN followed by {@code
   * /backup/<14-digit epoch milliseconds>-<8 random hex digits>}.
   */
  public Backup add(TableImage image, String name, BackupType type) {
    Instant now = clock.instant();
    Instant expires = type == BackupType.SYSTEM ? now.plus(SYSTEM_BACKUP_RETENTION) : null;
    while (true) {
      String arn =
          String.format(
              "%s/backup/%014d-%08x",
              image.tableArn(), now.toEpochMilli(), ThreadLocalRandom.current().nextInt());
      Backup backup = new Backup(arn, name, type, now, now.plus(creation), expires, image);
      if (byArn.putIfAbsent(arn, backup) == null) {
        try {
          store.saved(backup);
        } catch (RuntimeException e) {
          byArn.remove(arn, backup);
          throw e;
        }
        return backup;
      }
    }
  }

  /** The backup with ARN {@code arn}, or {@code null} (also once expired). */
  public Backup get(String arn) {
    purge();
    return arn == null ? null : byArn.get(arn);
  }

  /** Removes the backup with ARN {@code arn}; returns it, or {@code null} if there was none. */
  public Backup remove(String arn) {
    Backup backup = arn == null ? null : byArn.get(arn);
    if (backup == null) {
      return null;
    }
    store.deleted(backup); // first: if the file cannot be deleted, the backup stays
    return byArn.remove(arn, backup) ? backup : null;
  }

  /**
   * The backups after {@code exclusiveStartArn} (or from the first) that {@code filter} accepts, at
   * most {@code limit} of them, and whether more follow.
   */
  public Page list(String exclusiveStartArn, Predicate<Backup> filter, int limit) {
    purge();
    NavigableMap<String, Backup> after =
        exclusiveStartArn == null ? byArn : byArn.tailMap(exclusiveStartArn, false);
    List<Backup> backups = new ArrayList<>();
    for (Backup backup : after.values()) {
      if (filter.test(backup)) {
        if (backups.size() == limit) {
          return new Page(backups, true);
        }
        backups.add(backup);
      }
    }
    return new Page(backups, false);
  }

  /**
   * A page of backups.
   *
   * @param backups the backups, in ARN order
   * @param more whether more backups follow the last one
   */
  public record Page(List<Backup> backups, boolean more) {}

  private void purge() {
    Instant now = clock.instant();
    for (Backup backup : byArn.values()) {
      if (backup.expired(now) && byArn.remove(backup.arn(), backup)) {
        store.deleted(backup);
      }
    }
  }
}
