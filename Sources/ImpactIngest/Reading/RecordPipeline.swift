import Dispatch
import Foundation

/// Reading on two cores: a second thread parses a file's records in batches while the calling
/// thread builds the dataset from the batches before them. The body sees exactly the records
/// a plain read gives, in the same order, and the reading's errors after the records before
/// them, so line numbers, duplicates and "later row wins" are as they were.
///
/// At most `depth` batches wait between the threads, so memory stays bounded. When the body
/// stops (it throws, as `StopReading` does once a header is found), the parsing thread stops
/// at its next batch, and the call returns only after it has.
enum RecordPipeline {
  /// Records per batch.
  static let batchSize = 2048
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
      var batch = Batch()
      do {
        try read({ batch.bytesRead = $0 }) { record in
          batch.records.append(record)
          if batch.records.count == batchSize {
            guard channel.send(batch) else { throw StopReading() }
            batch.records.removeAll(keepingCapacity: true)
          }
        }
        if !batch.records.isEmpty || batch.bytesRead != nil { _ = channel.send(batch) }
        channel.finish(nil)
      } catch {
        channel.finish(error)
      }
    }
    defer { channel.cancelAndWait() }
    while let batch = try channel.receive() {
      for record in batch.records { try body(record) }
      if let bytes = batch.bytesRead { progress?(bytes) }
    }
  }

  /// Records parsed together, with the bytes read when the last of them was.
  struct Batch: Sendable {
    var records: [CSVRecord] = []
    var bytesRead: Int?
  }

  /// The hand-over between the threads: a queue of at most `depth` batches, the end (with the
  /// reading's error, if any), and the body's "stop". All state is behind one condition lock.
  final class Channel: @unchecked Sendable {
    private let condition = NSCondition()
    private var waiting: [Batch] = []
    private var ended = false
    private var failure: (any Error)?
    private var cancelled = false

    /// Queues a batch, waiting while `depth` batches wait; false once the body has stopped.
    func send(_ batch: Batch) -> Bool {
      condition.lock()
      defer { condition.unlock() }
      while waiting.count >= RecordPipeline.depth && !cancelled { condition.wait() }
      guard !cancelled else { return false }
      waiting.append(batch)
      condition.broadcast()
      return true
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
