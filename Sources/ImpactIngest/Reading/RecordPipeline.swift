import Dispatch
import Foundation

/// Reading on two cores: a second thread parses a file's records in batches while the calling
/// thread builds the dataset from the batches before them. The body sees exactly the records
/// a plain read gives, in the same order, and the reading's errors after the records before
/// them, so line numbers, duplicates and "later row wins" are as they were.
///
/// At most `depth` batches wait between the threads, so memory stays bounded. Batches go back
/// to the parsing thread once read and are filled again in place, so a record costs no
/// allocation once the batches have grown to the file's records (and no memory is freed on
/// one thread that the other allocated). When the body stops (it throws, as `StopReading`
/// does once a header is found), the parsing thread stops at its next batch, and the call
/// returns only after it has.
enum RecordPipeline {
  /// Records per batch.
  static let batchSize = 4096
  /// Batches that may wait for the body.
  static let depth = 4

  /// Streams the records that `read` produces to `body` on this thread, `read` running on
  /// another; `progress` gets the bytes read so far after each batch.
  static func forEach(
    progress: ((Int) -> Void)?, _ body: (CSVRecord) throws -> Void,
    reading read:
      @escaping @Sendable (_ progress: ((Int) -> Void)?, _ body: (CSVRecord) throws -> Void)
      throws -> Void
  ) throws {
    let channel = Channel()
    DispatchQueue.global(qos: .userInitiated).async {
      var batch = channel.emptyBatch()
      do {
        try read({ batch.bytesRead = $0 }) { record in
          batch.append(record)
          if batch.count == batchSize {
            guard channel.send(&batch) else { throw StopReading() }
          }
        }
        if batch.count > 0 || batch.bytesRead != nil { _ = channel.send(&batch) }
        channel.finish(nil)
      } catch {
        channel.finish(error)
      }
    }
    defer { channel.cancelAndWait() }
    while var batch = try channel.receive() {
      try batch.forEach(body)
      if let bytes = batch.bytesRead { progress?(bytes) }
      channel.recycle(&batch)
    }
  }

  /// Records parsed together, with the bytes read when the last of them was. Its first
  /// `count` records are the batch's; records past them are storage kept for reuse.
  struct Batch: Sendable {
    private(set) var records: [CSVRecord] = []
    private(set) var count = 0
    var bytesRead: Int?

    /// Adds a copy of `record`, in the storage of a record read before when there is one.
    mutating func append(_ record: borrowing CSVRecord) {
      if count < records.count {
        records[count].assign(record)
      } else {
        records.append(copy record)
      }
      count += 1
    }

    /// Adds `record`, taking its storage and leaving it the storage of a record read before,
    /// so that no bytes are copied; while the batch has no such storage, a copy (so that
    /// `record` keeps storage already grown to a record's size).
    mutating func take(_ record: inout CSVRecord) {
      if count < records.count {
        swap(&records[count], &record)
      } else {
        records.append(record)
      }
      count += 1
    }

    /// Calls `body` with each of the batch's records in order (borrowed, not copied).
    func forEach(_ body: (CSVRecord) throws -> Void) rethrows {
      try records.withUnsafeBufferPointer { records in
        for index in 0..<count { try body(records[index]) }
      }
    }

    /// Moves every record's start line on by `lines` (see ``CSVRecord/moveLine(by:)``).
    mutating func moveLines(by lines: Int) {
      guard lines != 0 else { return }
      for index in 0..<count { records[index].moveLine(by: lines) }
    }

    /// Empties the batch, keeping its records' storage.
    mutating func clear() {
      count = 0
      bytesRead = nil
    }
  }

  /// The hand-over between the threads: a queue of at most `depth` batches, the batches read
  /// and handed back, the end (with the reading's error, if any), and the body's "stop". All
  /// state is behind one condition lock.
  final class Channel: @unchecked Sendable {
    private let condition = NSCondition()
    private var waiting: [Batch] = []
    private var spare: [Batch] = []
    private var ended = false
    private var failure: (any Error)?
    private var cancelled = false

    /// A batch to fill: one handed back, else a new one.
    func emptyBatch() -> Batch {
      condition.lock()
      defer { condition.unlock() }
      return spare.popLast() ?? Batch()
    }

    /// Queues `batch`, waiting while `depth` batches wait, and replaces it with an empty one;
    /// false once the body has stopped.
    func send(_ batch: inout Batch) -> Bool {
      condition.lock()
      defer { condition.unlock() }
      while waiting.count >= RecordPipeline.depth && !cancelled { condition.wait() }
      guard !cancelled else { return false }
      var sent = spare.popLast() ?? Batch()
      swap(&sent, &batch)
      waiting.append(sent)
      condition.broadcast()
      return true
    }

    /// Hands a read batch back for filling again.
    func recycle(_ batch: inout Batch) {
      var returned = Batch()
      swap(&returned, &batch)
      returned.clear()
      condition.lock()
      defer { condition.unlock() }
      spare.append(returned)
    }

    /// Marks the end of the reading, with its error if it failed.
    func finish(_ error: (any Error)?) {
      condition.lock()
      defer { condition.unlock() }
      ended = true
      failure = error
      condition.broadcast()
    }

    /// The next batch; nil at the end; the reading's error once every batch before it is out.
    func receive() throws -> Batch? {
      condition.lock()
      defer { condition.unlock() }
      while waiting.isEmpty && !ended { condition.wait() }
      if !waiting.isEmpty {
        let batch = waiting.removeFirst()
        condition.broadcast()
        return batch
      }
      if let failure { throw failure }
      return nil
    }

    /// Tells the reading to stop and waits until it has ended.
    func cancelAndWait() {
      condition.lock()
      defer { condition.unlock() }
      cancelled = true
      condition.broadcast()
      while !ended { condition.wait() }
    }
  }
}
