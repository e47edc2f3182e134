/// How far reading a data folder has got.
public struct ReadProgress: Sendable {
  /// The file being read, relative to the data folder.
  public var file: String
  /// Bytes read so far, over all files.
  public var bytesRead: Int
  /// Bytes in all the data files.
  public var totalBytes: Int
  /// Records read so far, over all files.
  public var rowsRead: Int
}
