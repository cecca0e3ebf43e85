/**
 * Export to and import from "S3", a local directory: the files of DynamoDB's
 * ExportTableToPointInTime (manifests, checksums and gzipped data objects in DynamoDB JSON or
 * Amazon Ion, full and incremental) and the readers of ImportTable's sources (DynamoDB JSON, Amazon
 * Ion and CSV, uncompressed, GZIP or ZSTD).
 *
 * <p>{@link io.sable.engine.transfer.S3Root} maps bucket and key to a file: the bucket is the first
 * folder under the root, the key the path below it. {@link io.sable.engine.transfer.ExportSource}
 * is the seam to point-in-time recovery: the items of a table at a past time and its changes
 * between two times. This package imports only {@code value} and {@code table}; the API layer
 * ({@code io.sable.engine.api.internal}) maps requests and descriptions onto it.
 */
package io.sable.engine.transfer;
