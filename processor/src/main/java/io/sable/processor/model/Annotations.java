package io.sable.processor.model;

/** The qualified names of Sable's annotations. */
public final class Annotations {

  public static final String TABLE = "io.sable.annotations.Table";
  public static final String INDEX = "io.sable.annotations.Index";
  public static final String ENTITY = "io.sable.annotations.Entity";
  public static final String PARTITION_KEY = "io.sable.annotations.PartitionKey";
  public static final String SORT_KEY = "io.sable.annotations.SortKey";
  public static final String INDEX_KEY = "io.sable.annotations.IndexKey";
  public static final String INDEX_KEYS = "io.sable.annotations.IndexKeys";
  public static final String ACCESS_PATTERN = "io.sable.annotations.AccessPattern";
  public static final String ACCESS_PATTERNS = "io.sable.annotations.AccessPatterns";
  public static final String ITEM_COLLECTION = "io.sable.annotations.ItemCollection";
  public static final String ATTRIBUTE = "io.sable.annotations.Attribute";
  public static final String CONVERT = "io.sable.annotations.Convert";
  public static final String DOCUMENT = "io.sable.annotations.Document";
  public static final String VERSION = "io.sable.annotations.Version";
  public static final String UNIQUE = "io.sable.annotations.Unique";

  private Annotations() {}
}
