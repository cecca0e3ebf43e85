package io.sable.engine.transfer;

import java.time.Duration;
import java.util.Objects;

/**
 * How the engine exports and imports.
 *
 * @param s3Root where buckets are, or {@code null}: every export and import is then refused
 * @param source where exports read a table's past, or {@code null} for the engine's own
 *     point-in-time recovery
 * @param duration how long an export or import stays {@code IN_PROGRESS} (and an imported table
 *     {@code CREATING}) on the engine clock; the files are written, or read, at once
 */
public record TransferSettings(S3Root s3Root, ExportSource source, Duration duration) {
  /** How long an export or import is {@code IN_PROGRESS} by default: one second. */
  public static final Duration DEFAULT_DURATION = Duration.ofSeconds(1);

  /** Settings; {@code s3Root} may be {@code null}. */
  public TransferSettings {
    Objects.requireNonNull(duration, "duration");
  }

  /** No S3 root: exports and imports are refused. */
  public static final TransferSettings NONE = new TransferSettings(null, null, DEFAULT_DURATION);

  /** These settings reading the past from {@code source} if they name no source of their own. */
  public TransferSettings orSource(ExportSource fallback) {
    return source != null ? this : new TransferSettings(s3Root, fallback, duration);
  }
}
