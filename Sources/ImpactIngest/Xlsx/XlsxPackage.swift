import Foundation
import ImpactModel
import ZIPFoundation

/// A workbook's ZIP package, opened for reading: its parts streamed in chunks and parsed as
/// XML, each within the ``InputLimits`` (its declared and its actual inflated size, and the
/// ratio to its packed size), so that no part is ever held whole in memory.
final class XlsxPackage {
  /// The file as shown in messages.
  let shownAs: String
  let limits: InputLimits
  private let archive: Archive

  /// How many inflated bytes each chunk holds.
  static let chunkSize = 1 << 16

  /// Opens the package at `path`.
  init(path: String, shownAs: String, limits: InputLimits) throws(XlsxError) {
    self.shownAs = shownAs
    self.limits = limits
    guard FileManager.default.isReadableFile(atPath: path) else {
      throw .unreadable(path: shownAs, reason: "it cannot be opened for reading")
    }
    do {
      archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    } catch {
      throw .notAWorkbook(path: shownAs, reason: "it is not a ZIP package")
    }
  }

  /// Whether the package holds `part`.
  func has(_ part: String) -> Bool {
    archive[part] != nil
  }

  /// The packed size of `part` in bytes (0 when absent), for progress.
  func packedSize(_ part: String) -> Int {
    archive[part].map { Int(clamping: $0.compressedSize) } ?? 0
  }

  /// The inflated size of `part` in bytes as its package declares it (0 when absent).
  func declaredSize(_ part: String) -> Int {
    archive[part].map { Int(clamping: $0.uncompressedSize) } ?? 0
  }

  /// Parses `part` as XML into `handler`, streaming it; `limit` bounds its inflated size.
  /// `progress` is called with the packed bytes read so far (estimated from the inflated).
  func parse(
    _ part: String, into handler: XMLEventHandler, limit: Int? = nil,
    progress: ((Int) -> Void)? = nil
  ) throws {
    let parser = XMLPushParser(handler: handler)
    do {
      try stream(part, limit: limit ?? limits.workbookPartBytes, progress: progress) { chunk in
        try parser.push(chunk)
      }
      try parser.finish()
    } catch let failure as XMLPushParser.Failure {
      switch failure {
      case .declaresDTD: throw XlsxError.declaresDTD(path: shownAs, part: part)
      case .malformed(let line, let reason):
        throw XlsxError.malformedXML(path: shownAs, part: part, line: line, reason: reason)
      }
    }
  }

  /// Streams the inflated bytes of `part` to `body`, chunk by chunk, refusing it as soon as
  /// it inflates past `limit` or past the ratio bound.
  func stream(
    _ part: String, limit: Int, progress: ((Int) -> Void)? = nil,
    _ body: (UnsafeRawBufferPointer) throws -> Void
  ) throws {
    guard let entry = archive[part] else { throw XlsxError.missingPart(path: shownAs, part: part) }
    let packed = max(Int(clamping: entry.compressedSize), 1)
    try check(part, inflated: Int(clamping: entry.uncompressedSize), packed: packed, limit: limit)
    var inflated = 0
    let declared = max(Int(clamping: entry.uncompressedSize), 1)
    do {
      _ = try archive.extract(entry, bufferSize: Self.chunkSize, skipCRC32: false) { data in
        inflated += data.count
        try check(part, inflated: inflated, packed: packed, limit: limit)
        do {
          try data.withUnsafeBytes { try body($0) }
        } catch {
          throw Passed(error: error)
        }
        progress?(Int(Double(packed) * min(Double(inflated) / Double(declared), 1)))
      }
    } catch let passed as Passed {
      throw passed.error
    } catch let error as XlsxError {
      throw error
    } catch {
      // Anything else comes from the ZIP layer: a damaged entry, a bad checksum, a read error.
      throw XlsxError.unreadable(path: shownAs, reason: "the part \(part) is damaged: \(error)")
    }
  }

  /// An error thrown by a stream's body, carried through the ZIP layer unchanged.
  private struct Passed: Error {
    var error: any Error
  }

  private func check(_ part: String, inflated: Int, packed: Int, limit: Int) throws(XlsxError) {
    if inflated > limit { throw .partTooLarge(path: shownAs, part: part, limit: limit) }
    if inflated > limits.workbookRatioFloor, inflated / packed > limits.workbookInflationRatio {
      throw .inflationRatio(path: shownAs, part: part, ratio: limits.workbookInflationRatio)
    }
  }
}
