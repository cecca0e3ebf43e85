package io.sable.engine.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Compacts a window's changes into what an incremental export writes: one record per item that
 * changed, holding its image before the window ({@code OldImage}, with {@code
 * NEW_AND_OLD_IMAGES}) and after it ({@code NewImage}, absent if it ended deleted), with the time
 * of its last change. An item created and deleted within the window is left out (Developer Guide,
 * "DynamoDB table export output format", incremental export; AWS Database Blog, "Introducing
 * incremental export from Amazon DynamoDB to Amazon S3").
 */
public final class IncrementalChanges {
  private IncrementalChanges() {}

  /**
   * The records of {@code changes} (in commit order), in the order their items first changed.
   *
   * @param oldImages whether to keep {@code OldImage} ({@code NEW_AND_OLD_IMAGES})
   */
  public static List<ExportWriter.IncrementalRecord> net(List<Change> changes, boolean oldImages) {
    Map<Map<String, AttributeValue>, Change[]> byKey = new LinkedHashMap<>();
    for (Change change : changes) {
      Change[] firstAndLast = byKey.computeIfAbsent(change.keys(), k -> new Change[2]);
      if (firstAndLast[0] == null) {
        firstAndLast[0] = change;
      }
      firstAndLast[1] = change;
    }
    List<ExportWriter.IncrementalRecord> records = new ArrayList<>();
    for (Map.Entry<Map<String, AttributeValue>, Change[]> entry : byKey.entrySet()) {
      Change first = entry.getValue()[0];
      Change last = entry.getValue()[1];
      if (first.oldImage() == null && last.newImage() == null) {
        continue;
      }
      long micros =
          last.time().getEpochSecond() * 1_000_000L + last.time().getNano() / 1_000L;
      records.add(
          new ExportWriter.IncrementalRecord(
              entry.getKey(),
              oldImages && first.oldImage() != null ? first.oldImage().attributes() : null,
              last.newImage() == null ? null : last.newImage().attributes(),
              micros));
    }
    return records;
  }
}
