import Dispatch
import Foundation
import ImpactFiles

/// Reading one large CSV file on several cores: the file is cut at line starts into parts of
/// about ``partBytes``, worker threads parse the parts at once, and the calling thread hands
/// their records to the body in file order, so the body sees exactly the records a plain read
/// gives, with the same line numbers, and the reading's errors after the records before them.
///
/// A part is parsed as though a record began at its start. That holds unless a quoted value
/// runs over the cut (or malformed quoting is read on past it), and the calling thread checks
/// it before taking a part's records: the part before must have ended between records, exactly
/// at the cut. Where one ended inside a record instead, the calling thread reads on itself from
/// that record's start, as a plain read would, up to the first later cut it reaches between
/// records, and the parts it read over are dropped.
///
/// At most ``partsAhead`` parts wait, parsed, for the body, so memory stays bounded; batches
/// go back to the workers once read, to be filled again in place.
enum PartedRecordPipeline {
  /// The bytes of a part, about, unless the reading says otherwise.
  static let partBytes = 1 << 20
  /// Parts parsed ahead of the body, at most.
  static let partsAhead = 2

  /// Whether a file of `size` bytes is worth cutting into parts of `partBytes` on a machine
  /// with `cores` cores: at least four parts, and more than one core.
  static func isWorthwhile(size: Int, partBytes: Int = partBytes, cores: Int) -> Bool {
    cores > 1 && partBytes > 0 && size >= 4 * partBytes
  }

  /// Streams every record of the file `reader` reads to `body` on this thread, the parts cut
  /// at `starts` (line starts after the text's start, ascending) parsed by `workers` threads;
  /// `progress` gets the bytes read so far after each part.
  static func forEach(
    _ reader: CSVFileReader, delimiter: Delimiter, cuttingAt starts: [Int], workers: Int,
    progress: ((Int) -> Void)?, _ body: (CSVRecord) throws -> Void
  ) throws {
    let first = LinePosition(offset: reader.textStart, line: 1)
    let parts = [first.offset] + starts
    let channel = Channel(parts: parts.count)
    for _ in 0..<max(1, workers) {
      DispatchQueue.global(qos: .userInitiated).async {
        while let index = channel.claim() {
          let part = FilePart(
            start: LinePosition(offset: parts[index], line: 1),
            stops: index + 1 < parts.count ? [parts[index + 1]] : [],
            readsOnPastOpenRecords: false)
          channel.deliver(index, parse(part, of: reader, delimiter: delimiter, channel: channel))
        }
      }
    }
    defer { channel.cancelAndWait() }
    // Where the reading stands, between records: the offset and its line in the whole file.
    var next = first
    for index in parts.indices {
      var parsed = channel.take(index)
      defer { channel.recycle(&parsed.batches) }
      // A part that a reading on from an open record has passed over.
      guard parts[index] == next.offset else { continue }
      let lines = next.line - 1
      for batchIndex in parsed.batches.indices {
        parsed.batches[batchIndex].moveLines(by: lines)
        try parsed.batches[batchIndex].forEach(body)
      }
      if let failure = parsed.failure {
        throw (failure as? CSVReadError)?.movingLine(by: lines) ?? failure
      }
      var ending = parsed.ending ?? .endOfFile
      if case .openRecord(let at) = ending {
        let rest = FilePart(
          start: LinePosition(offset: at.offset, line: at.line + lines),
          stops: Array(parts[(index + 1)...]), readsOnPastOpenRecords: true)
        ending = try reader.forEachRecord(delimiter: delimiter, in: rest, body)
        if case .betweenRecords(let at) = ending { next = at }
      } else if case .betweenRecords(let at) = ending {
        next = LinePosition(offset: at.offset, line: at.line + lines)
      }
      guard case .betweenRecords = ending else { break }
      progress?(next.offset)
    }
    progress?(reader.fileSize)
  }

  /// Parses one part into batches, stopping early once the reading is cancelled.
  private static func parse(
    _ part: FilePart, of reader: CSVFileReader, delimiter: Delimiter, channel: Channel
  ) -> ParsedPart {
    var parsed = ParsedPart()
    var batch = channel.emptyBatch()
    do {
      parsed.ending = try reader.takeEachRecord(delimiter: delimiter, in: part) { record in
        batch.take(&record)
        if batch.count == RecordPipeline.batchSize {
          parsed.batches.append(batch)
          batch = channel.emptyBatch()
          if channel.isCancelled { throw StopReading() }
        }
      }
    } catch {
      parsed.failure = error
    }
    parsed.batches.append(batch)
    return parsed
  }

  /// One part's records in batches, how its reading ended, and the error that ended it.
  struct ParsedPart: @unchecked Sendable {
    var batches: [RecordPipeline.Batch] = []
    var ending: FilePart.Ending?
    var failure: (any Error)?
  }

  /// The hand-over between the workers and the body: which part is claimed next, the parts
  /// parsed and waiting, the batches handed back, and "stop". All state is behind one lock.
  final class Channel: @unchecked Sendable {
    private let condition = NSCondition()
    private let parts: Int
    private var claimed = 0
    private var taken = 0
    private var waiting: [Int: ParsedPart] = [:]
    private var spare: [RecordPipeline.Batch] = []
    private var cancelled = false
    private var running = 0

    init(parts: Int) {
      self.parts = parts
    }

    /// The next part for a worker to parse, waiting while ``partsAhead`` are ahead of the
    /// body; nil when every part is claimed or the reading is cancelled (the worker ends).
    func claim() -> Int? {
      condition.lock()
      defer { condition.unlock() }
      while !cancelled && claimed < parts && claimed >= taken + PartedRecordPipeline.partsAhead {
        condition.wait()
      }
      guard !cancelled, claimed < parts else { return nil }
      claimed += 1
      running += 1
      return claimed - 1
    }

    /// Hands a parsed part over.
    func deliver(_ index: Int, _ parsed: ParsedPart) {
      condition.lock()
      defer { condition.unlock() }
      waiting[index] = parsed
      running -= 1
      condition.broadcast()
    }

    /// Part `index`, once parsed (the parts are taken in order).
    func take(_ index: Int) -> ParsedPart {
      condition.lock()
      defer { condition.unlock() }
      while waiting[index] == nil { condition.wait() }
      taken = index + 1
      condition.broadcast()
      return waiting.removeValue(forKey: index)!
    }

    /// Whether the body has stopped.
    var isCancelled: Bool {
      condition.lock()
      defer { condition.unlock() }
      return cancelled
    }

    /// A batch to fill: one handed back, else a new one.
    func emptyBatch() -> RecordPipeline.Batch {
      condition.lock()
      defer { condition.unlock() }
      return spare.popLast() ?? RecordPipeline.Batch()
    }

    /// Hands read batches back for filling again.
    func recycle(_ batches: inout [RecordPipeline.Batch]) {
      for index in batches.indices { batches[index].clear() }
      condition.lock()
      defer { condition.unlock() }
      spare.append(contentsOf: batches)
      batches.removeAll()
    }

    /// Tells the workers to stop and waits until none is parsing.
    func cancelAndWait() {
      condition.lock()
      defer { condition.unlock() }
      cancelled = true
      condition.broadcast()
      while running > 0 { condition.wait() }
    }
  }
}
