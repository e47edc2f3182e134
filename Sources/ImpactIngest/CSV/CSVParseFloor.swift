/// The least any libcsv-based reader can do with a file: its bytes read in chunks and fed
/// through libcsv with callbacks that only count. `make bench` measures the whole report
/// against this floor (issue 10: "within 3× the time libcsv takes just to parse them").
///
/// Not used by the report; the benchmark calls it on the same files the report reads.
public enum CSVParseFloor {
  /// What a parse of some files came to.
  public struct Count: Sendable, Equatable {
    /// The bytes fed to libcsv.
    public var bytes = 0
    /// The records libcsv ended (headers included).
    public var records = 0
  }

  /// Feeds each file at `paths` through libcsv, one after another on this thread, in chunks of
  /// `chunkSize` bytes; the comma is the delimiter (the sample's files use it).
  public static func parse(paths: [String], chunkSize: Int = 1 << 20) throws
    -> Count
  {
    let libcsv = LibCSV.live
    let parser = LibCSV.allocateParser()
    defer { LibCSV.deallocate(parser) }
    var count = Count()
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
    defer { buffer.deallocate() }
    let records = UnsafeMutablePointer<Int>.allocate(capacity: 1)
    defer { records.deallocate() }
    for path in paths {
      let file = try SourceFile(path: path)
      guard libcsv.initialize(parser, 0) == 0 else {
        throw CSVReadError.parserUnavailable(path: path)
      }
      defer { libcsv.free(parser) }
      records.pointee = 0
      while true {
        let read = try file.readChunk(into: buffer)
        guard read > 0 else { break }
        count.bytes += read
        _ = libcsv.parse(
          parser, UnsafeRawBufferPointer(rebasing: buffer[..<read]), Self.onField, Self.onRecord,
          UnsafeMutableRawPointer(records))
      }
      _ = libcsv.finish(parser, Self.onField, Self.onRecord, UnsafeMutableRawPointer(records))
      count.records += records.pointee
    }
    return count
  }

  private static let onField: LibCSV.FieldCallback = { _, _, _ in }

  private static let onRecord: LibCSV.RecordCallback = { _, context in
    context?.assumingMemoryBound(to: Int.self).pointee += 1
  }
}
